import java.util.*;
import org.javatuples.Pair;

class Solution {
    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]]; // path halving keeps the trees shallow
            v = parent[v];
        }
        return v;
    }

    public static ArrayList<Long> componentSizes(long n, ArrayList<Pair<Long, Long>> edges) {
        int count = (int) n;
        int[] parent = new int[count];
        long[] size = new long[count];
        for (int v = 0; v < count; v++) {
            parent[v] = v;
            size[v] = 1;
        }
        for (Pair<Long, Long> edge : edges) {
            int ru = find(parent, (int) (long) edge.getValue0());
            int rv = find(parent, (int) (long) edge.getValue1());
            if (ru == rv) {
                continue;
            }
            if (size[ru] < size[rv]) { // union by size: hang the smaller tree below the larger
                int t = ru;
                ru = rv;
                rv = t;
            }
            parent[rv] = ru;
            size[ru] += size[rv];
        }
        ArrayList<Long> sizes = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            if (find(parent, v) == v) {
                sizes.add(size[v]);
            }
        }
        sizes.sort(Comparator.reverseOrder());
        return sizes;
    }
}
