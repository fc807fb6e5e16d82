package main

import "strconv"

func spreadsheetCellCoords(cell string) struct{ F0, F1 int } {
	// Columns are bijective base 26: A = 1 ... Z = 26, AA = 27.
	column, i := 0, 0
	for ; i < len(cell) && cell[i] >= 'A' && cell[i] <= 'Z'; i++ {
		column = column*26 + int(cell[i]-'A'+1)
	}
	row, err := strconv.Atoi(cell[i:])
	if err != nil {
		panic(err)
	}
	return struct{ F0, F1 int }{row, column}
}
