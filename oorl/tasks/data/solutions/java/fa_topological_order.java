import java.util.*;
import org.javatuples.Pair;

class Solution {
    public static Optional<ArrayList<Long>> topologicalOrder(long n, ArrayList<Pair<Long, Long>> edges) {
        int size = (int) n;
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            successors.add(new ArrayList<>());
        }
        int[] indegree = new int[size];
        for (Pair<Long, Long> edge : edges) {
            int a = (int) (long) edge.getValue0();
            int b = (int) (long) edge.getValue1();
            successors.get(a).add(b);
            indegree[b]++;
        }
        // Kahn's algorithm, always taking the smallest node that has nothing left before it.
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int v = 0; v < size; v++) {
            if (indegree[v] == 0) {
                ready.add(v);
            }
        }
        ArrayList<Long> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order.add((long) u);
            for (int v : successors.get(u)) {
                if (--indegree[v] == 0) {
                    ready.add(v);
                }
            }
        }
        return order.size() == size ? Optional.of(order) : Optional.empty();
    }
}
