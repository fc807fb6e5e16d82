using System.Collections.Generic;

class Solution {
    static int Find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    public static long CountComponents(long n, List<(long, long)> edges) {
        var parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        long components = n;
        foreach (var edge in edges) {
            int ra = Find(parent, (int) edge.Item1), rb = Find(parent, (int) edge.Item2);
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components;
    }
}
