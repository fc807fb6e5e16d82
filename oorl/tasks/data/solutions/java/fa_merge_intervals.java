import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static ArrayList<Pair<Long, Long>> mergeIntervals(ArrayList<Pair<Long, Long>> intervals) {
        List<Pair<Long, Long>> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing((Pair<Long, Long> p) -> p.getValue0()).thenComparing(p -> p.getValue1()));
        ArrayList<Pair<Long, Long>> merged = new ArrayList<>();
        for (Pair<Long, Long> interval : sorted) {
            long start = interval.getValue0();
            long end = interval.getValue1();
            int last = merged.size() - 1;
            if (last >= 0 && start <= merged.get(last).getValue1()) {
                long top = Math.max(merged.get(last).getValue1(), end);
                merged.set(last, Pair.with(merged.get(last).getValue0(), top));
            } else {
                merged.add(Pair.with(start, end));
            }
        }
        return merged;
    }
}
