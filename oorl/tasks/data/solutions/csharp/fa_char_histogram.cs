using System.Collections.Generic;
using System.Linq;

class Solution {
    public static List<(string, long)> CharHistogram(string s) {
        // Highest count first; equal counts in ascending character order.
        return s.GroupBy(ch => ch)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (g.Key.ToString(), (long) g.Count()))
            .ToList();
    }
}
