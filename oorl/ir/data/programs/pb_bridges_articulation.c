#include <stdio.h>

#define MAXV 40

static int n, adj[MAXV][MAXV], eid[MAXV][MAXV], deg[MAXV];
static int tin[MAXV], low[MAXV], timer, is_cut[MAXV], bridges;
static unsigned bridge_sig;

static void dfs(int u, int parent_edge) {
    tin[u] = low[u] = ++timer;
    int children = 0;
    for (int k = 0; k < deg[u]; k++) {
        int v = adj[u][k];
        if (eid[u][k] == parent_edge) continue;
        if (tin[v]) {
            if (tin[v] < low[u]) low[u] = tin[v];
            continue;
        }
        dfs(v, eid[u][k]);
        children++;
        if (low[v] < low[u]) low[u] = low[v];
        if (low[v] > tin[u]) { bridges++; bridge_sig = bridge_sig * 31u + (unsigned)(u * MAXV + v); }
        if (parent_edge >= 0 && low[v] >= tin[u]) is_cut[u] = 1;
    }
    if (parent_edge < 0 && children > 1) is_cut[u] = 1;
}

int main(void) {
    int m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > MAXV) { printf("bad graph\n"); return 0; }
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) break;
        if (u < 0 || v < 0 || u >= n || v >= n || u == v || deg[u] >= MAXV || deg[v] >= MAXV) continue;
        eid[u][deg[u]] = i; adj[u][deg[u]++] = v;
        eid[v][deg[v]] = i; adj[v][deg[v]++] = u;
    }
    int comps = 0;
    for (int i = 0; i < n; i++)
        if (!tin[i]) { comps++; dfs(i, -1); }
    printf("components=%d bridges=%d sig=%u cut vertices:", comps, bridges, bridge_sig);
    int cuts = 0;
    for (int i = 0; i < n; i++)
        if (is_cut[i]) { printf(" %d", i); cuts++; }
    printf("%s\n", cuts ? "" : " none");
    return 0;
}
