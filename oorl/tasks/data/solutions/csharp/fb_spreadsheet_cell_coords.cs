class Solution {
    public static (long, long) SpreadsheetCellCoords(string cell) {
        // Column letters form a bijective base-26 number: A = 1 ... Z = 26, AA = 27.
        long column = 0;
        int i = 0;
        while (char.IsLetter(cell[i])) {
            column = column * 26 + (cell[i] - 'A' + 1);
            i++;
        }
        long row = long.Parse(cell.Substring(i));
        return (row, column);
    }
}
