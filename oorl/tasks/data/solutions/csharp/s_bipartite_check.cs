using System;
using System.Collections.Generic;
using System.Text;

class Program {
    static bool Bipartite(List<int>[] adj) {
        int n = adj.Length;
        var color = new int[n];
        for (int v = 0; v < n; v++) {
            color[v] = -1;
        }
        var queue = new Queue<int>();
        // BFS from every uncoloured vertex: the graph may have several components.
        for (int s = 0; s < n; s++) {
            if (color[s] != -1) {
                continue;
            }
            color[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0) {
                int u = queue.Dequeue();
                foreach (int v in adj[u]) {
                    if (color[v] == -1) {
                        color[v] = 1 - color[u];
                        queue.Enqueue(v);
                    } else if (color[v] == color[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
        int pos = 0;
        int t = int.Parse(tokens[pos++]);
        var output = new StringBuilder();
        for (int graph = 0; graph < t; graph++) {
            int n = int.Parse(tokens[pos++]), m = int.Parse(tokens[pos++]);
            var adj = new List<int>[n];
            for (int v = 0; v < n; v++) {
                adj[v] = new List<int>();
            }
            for (int i = 0; i < m; i++) {
                int u = int.Parse(tokens[pos++]) - 1, v = int.Parse(tokens[pos++]) - 1; // vertices are numbered from 1
                adj[u].Add(v);
                adj[v].Add(u);
            }
            output.Append(Bipartite(adj) ? "YES" : "NO").Append('\n');
        }
        Console.Write(output);
    }
}
