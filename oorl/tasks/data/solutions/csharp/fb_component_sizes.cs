using System.Collections.Generic;
using System.Linq;

class Solution {
    static int Find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]]; // path halving keeps the trees shallow
            v = parent[v];
        }
        return v;
    }

    public static List<long> ComponentSizes(long n, List<(long, long)> edges) {
        var parent = new int[n];
        var size = new long[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            size[v] = 1;
        }
        foreach (var edge in edges) {
            int ru = Find(parent, (int) edge.Item1), rv = Find(parent, (int) edge.Item2);
            if (ru == rv) {
                continue;
            }
            if (size[ru] < size[rv]) { // union by size: hang the smaller tree below the larger
                int larger = rv;
                rv = ru;
                ru = larger;
            }
            parent[rv] = ru;
            size[ru] += size[rv];
        }
        return Enumerable.Range(0, (int) n)
            .Where(v => Find(parent, v) == v)
            .Select(v => size[v])
            .OrderByDescending(s => s)
            .ToList();
    }
}
