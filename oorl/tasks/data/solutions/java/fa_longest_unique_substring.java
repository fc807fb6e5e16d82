import java.util.*;

class Solution {
    public static long longestUniqueSubstring(String s) {
        // Sliding window [start, i]: lastSeen tells where a repeated character was last met.
        Map<Character, Integer> lastSeen = new HashMap<>();
        int start = 0;
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            Integer previous = lastSeen.get(ch);
            if (previous != null && previous >= start) {
                start = previous + 1;
            }
            lastSeen.put(ch, i);
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
