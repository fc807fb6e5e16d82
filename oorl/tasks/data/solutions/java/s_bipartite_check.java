import java.io.*;
import java.util.*;

public class Main {
    static boolean bipartite(List<List<Integer>> adj) {
        int n = adj.size();
        int[] color = new int[n];
        Arrays.fill(color, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // BFS from every uncoloured vertex: the graph may have several components.
        for (int s = 0; s < n; s++) {
            if (color[s] != -1) {
                continue;
            }
            color[s] = 0;
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int v : adj.get(u)) {
                    if (color[v] == -1) {
                        color[v] = 1 - color[u];
                        queue.add(v);
                    } else if (color[v] == color[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int t = nextInt(in);
        StringBuilder out = new StringBuilder();
        for (int graph = 0; graph < t; graph++) {
            int n = nextInt(in), m = nextInt(in);
            List<List<Integer>> adj = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                adj.add(new ArrayList<>());
            }
            for (int i = 0; i < m; i++) {
                int u = nextInt(in) - 1, v = nextInt(in) - 1; // vertices are numbered from 1
                adj.get(u).add(v);
                adj.get(v).add(u);
            }
            out.append(bipartite(adj) ? "YES" : "NO").append('\n');
        }
        System.out.print(out);
    }

    static int nextInt(StreamTokenizer in) throws IOException {
        in.nextToken();
        return (int) in.nval;
    }
}
