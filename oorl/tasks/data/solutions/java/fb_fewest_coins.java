import java.util.*;

class Solution {
    public static Optional<Long> fewestCoins(ArrayList<Long> coins, long amount) {
        int target = (int) amount;
        int unreachable = target + 1; // more coins than any real answer needs
        int[] fewest = new int[target + 1];
        Arrays.fill(fewest, unreachable);
        fewest[0] = 0;
        for (int total = 1; total <= target; total++) {
            for (long coin : coins) {
                if (coin <= total) {
                    fewest[total] = Math.min(fewest[total], fewest[total - (int) coin] + 1);
                }
            }
        }
        return fewest[target] == unreachable ? Optional.empty() : Optional.of((long) fewest[target]);
    }
}
