import java.util.*;
import org.javatuples.Pair;

class Solution {
    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    public static long countComponents(long n, ArrayList<Pair<Long, Long>> edges) {
        int[] parent = new int[(int) n];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        long components = n;
        for (Pair<Long, Long> edge : edges) {
            int ra = find(parent, (int) (long) edge.getValue0());
            int rb = find(parent, (int) (long) edge.getValue1());
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components;
    }
}
