#include <stdio.h>

#define INF (1LL << 50)

int main(void) {
    int n, m;
    long long d[24][24];
    int next[24][24];
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > 24) { printf("bad graph\n"); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { d[i][j] = i == j ? 0 : INF; next[i][j] = j; }
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        if (scanf("%d %d %lld", &u, &v, &w) != 3) break;
        if (u < 0 || v < 0 || u >= n || v >= n || w < 0 || w > 1000000) continue;
        if (w < d[u][v]) d[u][v] = d[v][u] = w;
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (d[i][k] + d[k][j] < d[i][j]) { d[i][j] = d[i][k] + d[k][j]; next[i][j] = next[i][k]; }
    long long diameter = 0;
    int da = 0, db = 0, disconnected = 0, center = 0;
    long long best_ecc = INF; /* eccentricity counts reachable nodes only */
    for (int i = 0; i < n; i++) {
        long long ecc = 0;
        for (int j = 0; j < n; j++) {
            if (d[i][j] >= INF) { disconnected++; continue; }
            if (d[i][j] > ecc) ecc = d[i][j];
            if (d[i][j] > diameter) { diameter = d[i][j]; da = i; db = j; }
        }
        if (ecc < best_ecc) { best_ecc = ecc; center = i; }
    }
    printf("unreachable_pairs=%d diameter=%lld center=%d ecc=%lld\npath:", disconnected / 2, diameter, center, best_ecc);
    for (int x = da; ; x = next[x][db]) {
        printf(" %d", x);
        if (x == db) break;
    }
    printf("\n");
    return 0;
}
