import java.util.*;

class Solution {
    public static HashMap<String, String> parseKeyValues(String text) {
        HashMap<String, String> result = new HashMap<>();
        for (String entry : text.split(";")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                continue; // blank or malformed
            }
            result.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return result;
    }
}
