import java.util.*;

class Solution {
    public static boolean sameLetterPattern(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        // The mapping must be consistent in both directions to be one-to-one.
        Map<Character, Character> forward = new HashMap<>();
        Map<Character, Character> backward = new HashMap<>();
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (forward.computeIfAbsent(x, k -> y) != y || backward.computeIfAbsent(y, k -> x) != x) {
                return false;
            }
        }
        return true;
    }
}
