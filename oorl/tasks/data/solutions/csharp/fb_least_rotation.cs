class Solution {
    public static string LeastRotation(string s) {
        string best = s;
        for (int i = 1; i < s.Length; i++) {
            string rotation = s.Substring(i) + s.Substring(0, i);
            if (string.CompareOrdinal(rotation, best) < 0) { // by character codes, not culture
                best = rotation;
            }
        }
        return best;
    }
}
