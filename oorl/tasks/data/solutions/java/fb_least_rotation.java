class Solution {
    public static String leastRotation(String s) {
        String best = s;
        for (int i = 1; i < s.length(); i++) {
            String rotation = s.substring(i) + s.substring(0, i);
            if (rotation.compareTo(best) < 0) {
                best = rotation;
            }
        }
        return best;
    }
}
