using System;
using System.Collections.Generic;
using System.Linq;

class Solution {
    public static List<string> SortPeople(List<(string, long)> people) {
        // Oldest first; equal ages by name, compared by character codes.
        return people
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Item1, StringComparer.Ordinal)
            .Select(p => p.Item1)
            .ToList();
    }
}
