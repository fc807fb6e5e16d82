#include <stdio.h>

#define INF 1000000000LL

int main(void) {
    int n, m;
    long long w[12][12], dist[12];
    int done[12], parent[12];
    if (scanf("%d %d", &n, &m) != 2) return 1;
    if (n < 1 || n > 12) n = 1;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) w[i][j] = INF;
        dist[i] = INF;
        done[i] = 0;
        parent[i] = -1;
    }
    for (int e = 0; e < m && e < 100; e++) {
        int a, b;
        long long c;
        if (scanf("%d %d %lld", &a, &b, &c) != 3) break;
        if (a < 0 || b < 0 || a >= n || b >= n || c < 0 || c > 1000000) continue;
        if (c < w[a][b]) w[a][b] = w[b][a] = c;
    }
    dist[0] = 0;
    for (int it = 0; it < n; it++) {
        int u = -1;
        for (int i = 0; i < n; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
        if (dist[u] >= INF) break;
        done[u] = 1;
        for (int v = 0; v < n; v++)
            if (w[u][v] < INF && dist[u] + w[u][v] < dist[v]) { dist[v] = dist[u] + w[u][v]; parent[v] = u; }
    }
    for (int i = 0; i < n; i++) {
        if (dist[i] >= INF) printf("%d: unreachable\n", i);
        else printf("%d: %lld via %d\n", i, dist[i], parent[i]);
    }
    return 0;
}
