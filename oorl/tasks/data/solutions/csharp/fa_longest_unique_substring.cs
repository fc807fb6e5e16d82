using System;
using System.Collections.Generic;

class Solution {
    public static long LongestUniqueSubstring(string s) {
        // Sliding window [start, i]: lastSeen tells where a repeated character was last met.
        var lastSeen = new Dictionary<char, int>();
        int start = 0, best = 0;
        for (int i = 0; i < s.Length; i++) {
            if (lastSeen.TryGetValue(s[i], out int previous) && previous >= start) {
                start = previous + 1;
            }
            lastSeen[s[i]] = i;
            best = Math.Max(best, i - start + 1);
        }
        return best;
    }
}
