import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static Optional<ArrayList<Long>> smallestTopologicalOrder(long n, ArrayList<Pair<Long, Long>> edges) {
        int count = (int) n;
        List<List<Integer>> successors = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            successors.add(new ArrayList<>());
        }
        int[] indegree = new int[count];
        for (Pair<Long, Long> edge : edges) {
            int u = (int) (long) edge.getValue0();
            int v = (int) (long) edge.getValue1();
            successors.get(u).add(v);
            indegree[v]++;
        }
        // Kahn's algorithm with a min-heap: of the vertices with nothing left before them, emit the smallest.
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int v = 0; v < count; v++) {
            if (indegree[v] == 0) {
                ready.add(v);
            }
        }
        ArrayList<Long> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order.add((long) u);
            for (int v : successors.get(u)) {
                indegree[v]--;
                if (indegree[v] == 0) {
                    ready.add(v);
                }
            }
        }
        // Vertices on a cycle never become ready.
        return order.size() == count ? Optional.of(order) : Optional.empty();
    }
}
