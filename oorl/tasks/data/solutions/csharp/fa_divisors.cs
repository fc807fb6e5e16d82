using System.Collections.Generic;

class Solution {
    public static List<long> Divisors(long n) {
        // Divisors come in pairs (d, n / d) with d <= sqrt(n).
        var small = new List<long>();
        var large = new List<long>();
        for (long d = 1; d * d <= n; d++) {
            if (n % d == 0) {
                small.Add(d);
                if (d != n / d) {
                    large.Add(n / d);
                }
            }
        }
        large.Reverse();
        small.AddRange(large);
        return small;
    }
}
