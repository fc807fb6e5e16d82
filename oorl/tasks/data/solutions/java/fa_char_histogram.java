import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static ArrayList<Pair<String, Long>> charHistogram(String s) {
        Map<Character, Long> counts = new HashMap<>();
        for (char ch : s.toCharArray()) {
            counts.merge(ch, 1L, Long::sum);
        }
        List<Map.Entry<Character, Long>> entries = new ArrayList<>(counts.entrySet());
        // Highest count first; equal counts in ascending character order.
        entries.sort(Map.Entry.<Character, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        ArrayList<Pair<String, Long>> result = new ArrayList<>();
        for (Map.Entry<Character, Long> e : entries) {
            result.add(Pair.with(String.valueOf(e.getKey()), e.getValue()));
        }
        return result;
    }
}
