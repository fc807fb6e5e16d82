import java.util.*;

class Solution {
    public static ArrayList<ArrayList<Long>> rotateMatrix(ArrayList<ArrayList<Long>> m) {
        ArrayList<ArrayList<Long>> rotated = new ArrayList<>();
        if (m.isEmpty()) {
            return rotated;
        }
        // Column c of the input, read bottom to top, becomes row c of the output.
        for (int c = 0; c < m.get(0).size(); c++) {
            ArrayList<Long> row = new ArrayList<>();
            for (int r = m.size() - 1; r >= 0; r--) {
                row.add(m.get(r).get(c));
            }
            rotated.add(row);
        }
        return rotated;
    }
}
