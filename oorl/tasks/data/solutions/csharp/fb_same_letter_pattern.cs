using System.Collections.Generic;

class Solution {
    public static bool SameLetterPattern(string a, string b) {
        if (a.Length != b.Length) {
            return false;
        }
        // The mapping must be consistent in both directions to be one-to-one.
        var forward = new Dictionary<char, char>();
        var backward = new Dictionary<char, char>();
        for (int i = 0; i < a.Length; i++) {
            char x = a[i], y = b[i];
            if (forward.TryGetValue(x, out char mappedX) && mappedX != y) {
                return false;
            }
            if (backward.TryGetValue(y, out char mappedY) && mappedY != x) {
                return false;
            }
            forward[x] = y;
            backward[y] = x;
        }
        return true;
    }
}
