using System.Collections.Generic;

class Solution {
    public static List<long> SmallestTopologicalOrder(long n, List<(long, long)> edges) {
        var successors = new List<int>[n];
        for (int v = 0; v < n; v++) {
            successors[v] = new List<int>();
        }
        var indegree = new int[n];
        foreach (var edge in edges) {
            successors[edge.Item1].Add((int) edge.Item2);
            indegree[edge.Item2]++;
        }
        // Kahn's algorithm: of the vertices with nothing left before them, emit the smallest.
        // A sorted set works as the min-heap, since a vertex becomes ready only once.
        var ready = new SortedSet<int>();
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                ready.Add(v);
            }
        }
        var order = new List<long>();
        while (ready.Count > 0) {
            int u = ready.Min;
            ready.Remove(u);
            order.Add(u);
            foreach (int v in successors[u]) {
                indegree[v]--;
                if (indegree[v] == 0) {
                    ready.Add(v);
                }
            }
        }
        // Vertices on a cycle never become ready.
        return order.Count == n ? order : null;
    }
}
