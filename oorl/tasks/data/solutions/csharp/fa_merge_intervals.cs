using System;
using System.Collections.Generic;
using System.Linq;

class Solution {
    public static List<(long, long)> MergeIntervals(List<(long, long)> intervals) {
        var merged = new List<(long, long)>();
        foreach (var interval in intervals.OrderBy(iv => iv.Item1).ThenBy(iv => iv.Item2)) {
            long start = interval.Item1, end = interval.Item2;
            int last = merged.Count - 1;
            if (last >= 0 && start <= merged[last].Item2) {
                merged[last] = (merged[last].Item1, Math.Max(merged[last].Item2, end));
            } else {
                merged.Add((start, end));
            }
        }
        return merged;
    }
}
