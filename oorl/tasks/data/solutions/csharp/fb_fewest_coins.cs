using System;
using System.Collections.Generic;

class Solution {
    public static long? FewestCoins(List<long> coins, long amount) {
        long unreachable = amount + 1; // more coins than any real answer needs
        var fewest = new long[amount + 1];
        for (long total = 1; total <= amount; total++) {
            fewest[total] = unreachable;
            foreach (long coin in coins) {
                if (coin <= total) {
                    fewest[total] = Math.Min(fewest[total], fewest[total - coin] + 1);
                }
            }
        }
        if (fewest[amount] == unreachable) {
            return null;
        }
        return fewest[amount];
    }
}
