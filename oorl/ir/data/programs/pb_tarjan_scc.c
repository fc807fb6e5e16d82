#include <stdio.h>

#define MAXV 40

static int n, adj[MAXV][MAXV], deg[MAXV];
static int idx[MAXV], low[MAXV], on_stack[MAXV], comp[MAXV];
static int stack[MAXV], sp, counter, ncomp;

static void strongconnect(int u) {
    idx[u] = low[u] = ++counter;
    stack[sp++] = u;
    on_stack[u] = 1;
    for (int k = 0; k < deg[u]; k++) {
        int v = adj[u][k];
        if (!idx[v]) {
            strongconnect(v);
            if (low[v] < low[u]) low[u] = low[v];
        } else if (on_stack[v] && idx[v] < low[u]) {
            low[u] = idx[v];
        }
    }
    if (low[u] == idx[u]) {
        int v;
        do {
            v = stack[--sp];
            on_stack[v] = 0;
            comp[v] = ncomp;
        } while (v != u);
        ncomp++;
    }
}

int main(void) {
    int m, u, v;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > MAXV) { printf("bad graph\n"); return 0; }
    for (int i = 0; i < m && scanf("%d %d", &u, &v) == 2; i++)
        if (u >= 0 && u < n && v >= 0 && v < n && deg[u] < MAXV) adj[u][deg[u]++] = v;
    for (int i = 0; i < n; i++)
        if (!idx[i]) strongconnect(i);
    int size[MAXV] = {0}, in_edge[MAXV] = {0}, out_edge[MAXV] = {0}, largest = 0;
    for (int i = 0; i < n; i++) {
        size[comp[i]]++;
        for (int k = 0; k < deg[i]; k++)
            if (comp[adj[i][k]] != comp[i]) { out_edge[comp[i]] = 1; in_edge[comp[adj[i][k]]] = 1; }
    }
    int sources = 0, sinks = 0;
    for (int c = 0; c < ncomp; c++) {
        if (size[c] > largest) largest = size[c];
        sources += !in_edge[c];
        sinks += !out_edge[c];
    }
    /* edges needed to make the graph strongly connected */
    int need = ncomp == 1 ? 0 : (sources > sinks ? sources : sinks);
    printf("sccs=%d largest=%d sources=%d sinks=%d to_strong=%d\ncomp:", ncomp, largest, sources, sinks, need);
    for (int i = 0; i < n; i++) printf(" %d", comp[i]);
    printf("\n");
    return 0;
}
