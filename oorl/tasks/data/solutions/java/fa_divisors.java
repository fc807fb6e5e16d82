import java.util.*;

class Solution {
    public static ArrayList<Long> divisors(long n) {
        // Divisors come in pairs (d, n / d) with d <= sqrt(n).
        ArrayList<Long> small = new ArrayList<>();
        ArrayList<Long> large = new ArrayList<>();
        for (long d = 1; d * d <= n; d++) {
            if (n % d == 0) {
                small.add(d);
                if (d != n / d) {
                    large.add(n / d);
                }
            }
        }
        Collections.reverse(large);
        small.addAll(large);
        return small;
    }
}
