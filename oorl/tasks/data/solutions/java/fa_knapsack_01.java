import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static long knapsack01(ArrayList<Pair<Long, Long>> items, long capacity) {
        int cap = (int) capacity;
        long[] best = new long[cap + 1]; // best[w]: top value within weight w
        for (Pair<Long, Long> item : items) {
            int weight = (int) (long) item.getValue0();
            long value = item.getValue1();
            // Downwards, so that each item is used at most once.
            for (int w = cap; w >= weight; w--) {
                best[w] = Math.max(best[w], best[w - weight] + value);
            }
        }
        return best[cap];
    }
}
