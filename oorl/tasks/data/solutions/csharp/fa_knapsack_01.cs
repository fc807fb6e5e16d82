using System;
using System.Collections.Generic;

class Solution {
    public static long Knapsack01(List<(long, long)> items, long capacity) {
        var best = new long[capacity + 1]; // best[w]: top value within weight w
        foreach (var item in items) {
            long weight = item.Item1, value = item.Item2;
            // Downwards, so that each item is used at most once.
            for (long w = capacity; w >= weight; w--) {
                best[w] = Math.Max(best[w], best[w - weight] + value);
            }
        }
        return best[capacity];
    }
}
