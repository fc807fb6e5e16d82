#include <stdio.h>

#define N 10
#define INF 1000000000LL

int main(void) {
    int n, m;
    long long d[N][N];
    int next[N][N];
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > N || m < 0) { printf("bad graph\n"); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { d[i][j] = i == j ? 0 : INF; next[i][j] = i == j ? i : -1; }
    for (int k = 0; k < m && k < 100; k++) {
        int u, v;
        long long w;
        if (scanf("%d %d %lld", &u, &v, &w) != 3) break;
        if (u < 0 || v < 0 || u >= n || v >= n || w < -1000 || w > 1000) continue;
        if (w < d[u][v]) { d[u][v] = w; next[u][v] = v; }
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (d[i][k] < INF && d[k][j] < INF && d[i][k] + d[k][j] < d[i][j]) {
                    d[i][j] = d[i][k] + d[k][j];
                    next[i][j] = next[i][k];
                }
    int negative = 0;
    for (int i = 0; i < n; i++) negative |= d[i][i] < 0;
    if (negative) { printf("negative cycle\n"); return 0; }
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            if (d[i][j] >= INF) printf("   .");
            else printf("%4lld", d[i][j]);
        }
        printf("\n");
    }
    if (next[0][n - 1] < 0) { printf("no path 0 -> %d\n", n - 1); return 0; }
    printf("path 0 -> %d:", n - 1);
    int hops = 0;
    for (int at = 0; at >= 0 && hops <= n; at = next[at][n - 1], hops++) {
        printf(" %d", at);
        if (at == n - 1) break;
    }
    printf(" (cost %lld)\n", d[0][n - 1]);
    return 0;
}
