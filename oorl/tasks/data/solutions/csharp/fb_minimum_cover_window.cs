using System.Collections.Generic;

class Solution {
    public static string MinimumCoverWindow(string s, string t) {
        if (t.Length == 0) {
            return "";
        }
        // need[c]: how many more c the window needs (negative when it has spares);
        // missing: how many characters of t the window still lacks in all.
        var need = new Dictionary<char, int>();
        foreach (char ch in t) {
            need.TryGetValue(ch, out int count);
            need[ch] = count + 1;
        }
        int missing = t.Length;
        int bestStart = 0, bestLen = s.Length + 1;
        int start = 0;
        for (int end = 0; end < s.Length; end++) {
            need.TryGetValue(s[end], out int needed);
            if (needed > 0) {
                missing--;
            }
            need[s[end]] = needed - 1;
            // Shrink from the left while the window still covers t.
            while (missing == 0) {
                if (end - start + 1 < bestLen) {
                    bestStart = start;
                    bestLen = end - start + 1;
                }
                need[s[start]]++;
                if (need[s[start]] > 0) {
                    missing++;
                }
                start++;
            }
        }
        return bestLen <= s.Length ? s.Substring(bestStart, bestLen) : "";
    }
}
