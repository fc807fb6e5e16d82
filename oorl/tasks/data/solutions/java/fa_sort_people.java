import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static ArrayList<String> sortPeople(ArrayList<Pair<String, Long>> people) {
        List<Pair<String, Long>> sorted = new ArrayList<>(people);
        // Oldest first; equal ages by name.
        sorted.sort(Comparator.comparing((Pair<String, Long> p) -> p.getValue1()).reversed()
                .thenComparing(p -> p.getValue0()));
        ArrayList<String> names = new ArrayList<>();
        for (Pair<String, Long> p : sorted) {
            names.add(p.getValue0());
        }
        return names;
    }
}
