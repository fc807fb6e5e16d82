import java.util.*;

class Solution {
    public static String minimumCoverWindow(String s, String t) {
        if (t.isEmpty()) {
            return "";
        }
        // need[c]: how many more c the window needs (negative when it has spares);
        // missing: how many characters of t the window still lacks in all.
        Map<Character, Integer> need = new HashMap<>();
        for (char ch : t.toCharArray()) {
            need.merge(ch, 1, Integer::sum);
        }
        int missing = t.length();
        int bestStart = 0, bestLen = s.length() + 1;
        int start = 0;
        for (int end = 0; end < s.length(); end++) {
            char ch = s.charAt(end);
            if (need.getOrDefault(ch, 0) > 0) {
                missing--;
            }
            need.merge(ch, -1, Integer::sum);
            // Shrink from the left while the window still covers t.
            while (missing == 0) {
                if (end - start + 1 < bestLen) {
                    bestStart = start;
                    bestLen = end - start + 1;
                }
                char first = s.charAt(start);
                if (need.merge(first, 1, Integer::sum) > 0) {
                    missing++;
                }
                start++;
            }
        }
        return bestLen <= s.length() ? s.substring(bestStart, bestStart + bestLen) : "";
    }
}
