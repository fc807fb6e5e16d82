#include <stdio.h>

#define MAXV 50

static int n, adj[MAXV][MAXV], deg[MAXV], color[MAXV], parent[MAXV];
static int cyc_from = -1, cyc_to = -1;

static int dfs(int u) {
    color[u] = 1;
    for (int k = 0; k < deg[u]; k++) {
        int v = adj[u][k];
        if (color[v] == 1) { cyc_from = u; cyc_to = v; return 1; }
        if (color[v] == 0) {
            parent[v] = u;
            if (dfs(v)) return 1;
        }
    }
    color[u] = 2;
    return 0;
}

int main(void) {
    int m, u, v;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > MAXV || m < 0) { printf("bad header\n"); return 0; }
    for (int i = 0; i < m && scanf("%d %d", &u, &v) == 2; i++) {
        if (u < 0 || u >= n || v < 0 || v >= n || deg[u] >= MAXV) continue;
        adj[u][deg[u]++] = v;
    }
    for (int s = 0; s < n && cyc_from < 0; s++)
        if (color[s] == 0 && dfs(s)) break;
    if (cyc_from < 0) {
        int sinks = 0;
        for (int i = 0; i < n; i++) sinks += deg[i] == 0;
        printf("acyclic, sinks=%d\n", sinks);
        return 0;
    }
    int path[MAXV], len = 0;
    for (int x = cyc_from; x != cyc_to; x = parent[x]) path[len++] = x;
    path[len++] = cyc_to;
    printf("cycle of length %d:", len);
    for (int i = len - 1; i >= 0; i--) printf(" %d", path[i]);
    printf(" %d\n", cyc_to);
    return 0;
}
