import org.javatuples.Pair;

class Solution {
    public static Pair<Long, Long> spreadsheetCellCoords(String cell) {
        // Column letters form a bijective base-26 number: A = 1 ... Z = 26, AA = 27.
        long column = 0;
        int i = 0;
        while (Character.isLetter(cell.charAt(i))) {
            column = column * 26 + (cell.charAt(i) - 'A' + 1);
            i++;
        }
        long row = Long.parseLong(cell.substring(i));
        return Pair.with(row, column);
    }
}
