using System.Collections.Generic;

class Solution {
    public static Dictionary<string, string> ParseKeyValues(string text) {
        var result = new Dictionary<string, string>();
        foreach (string entry in text.Split(';')) {
            int eq = entry.IndexOf('=');
            if (eq < 0) {
                continue; // blank or malformed
            }
            result[entry.Substring(0, eq).Trim()] = entry.Substring(eq + 1).Trim();
        }
        return result;
    }
}
