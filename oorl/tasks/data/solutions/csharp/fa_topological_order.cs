using System.Collections.Generic;
using System.Linq;

class Solution {
    public static List<long> TopologicalOrder(long n, List<(long, long)> edges) {
        var successors = new List<int>[n];
        for (int v = 0; v < n; v++) {
            successors[v] = new List<int>();
        }
        var indegree = new int[n];
        foreach (var edge in edges) {
            successors[edge.Item1].Add((int) edge.Item2);
            indegree[edge.Item2]++;
        }
        // Kahn's algorithm, always taking the smallest node that has nothing left before it;
        // a sorted set serves as the min-heap (a node is never ready twice).
        var ready = new SortedSet<int>(Enumerable.Range(0, (int) n).Where(v => indegree[v] == 0));
        var order = new List<long>();
        while (ready.Count > 0) {
            int u = ready.Min;
            ready.Remove(u);
            order.Add(u);
            foreach (int v in successors[u]) {
                if (--indegree[v] == 0) {
                    ready.Add(v);
                }
            }
        }
        return order.Count == n ? order : null;
    }
}
