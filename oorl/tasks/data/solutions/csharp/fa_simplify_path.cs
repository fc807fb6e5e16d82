using System.Collections.Generic;

class Solution {
    public static string SimplifyPath(string path) {
        var names = new List<string>();
        foreach (string part in path.Split('/')) {
            if (part == "..") {
                if (names.Count > 0) { // '..' at the root stays at the root
                    names.RemoveAt(names.Count - 1);
                }
            } else if (part != "" && part != ".") {
                names.Add(part);
            }
        }
        return "/" + string.Join("/", names);
    }
}
