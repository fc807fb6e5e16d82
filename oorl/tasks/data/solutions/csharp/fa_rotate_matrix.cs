using System.Collections.Generic;

class Solution {
    public static List<List<long>> RotateMatrix(List<List<long>> m) {
        var rotated = new List<List<long>>();
        if (m.Count == 0) {
            return rotated;
        }
        // Column c of the input, read bottom to top, becomes row c of the output.
        for (int c = 0; c < m[0].Count; c++) {
            var row = new List<long>();
            for (int r = m.Count - 1; r >= 0; r--) {
                row.Add(m[r][c]);
            }
            rotated.Add(row);
        }
        return rotated;
    }
}
