package main

func rotateMatrix(m [][]int) [][]int {
	out := [][]int{}
	if len(m) == 0 {
		return out
	}
	rows, cols := len(m), len(m[0])
	// Column c of the input, read bottom to top, becomes row c of the result.
	for c := 0; c < cols; c++ {
		row := make([]int, rows)
		for r := 0; r < rows; r++ {
			row[r] = m[rows-1-r][c]
		}
		out = append(out, row)
	}
	return out
}
