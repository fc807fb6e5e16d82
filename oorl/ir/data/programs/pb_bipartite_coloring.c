#include <stdio.h>
#include <string.h>

#define MAXV 64

int main(void) {
    int n, m;
    static int adj[MAXV][MAXV];
    int deg[MAXV] = {0}, side[MAXV], queue[MAXV];
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > MAXV) { printf("bad graph\n"); return 0; }
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) break;
        if (u < 0 || v < 0 || u >= n || v >= n) continue;
        adj[u][deg[u]++] = v;
        if (u != v) adj[v][deg[v]++] = u;
        if (deg[u] >= MAXV || deg[v] >= MAXV) break;
    }
    memset(side, -1, sizeof side);
    int components = 0, conflict_u = -1, conflict_v = -1, left = 0;
    for (int s = 0; s < n; s++) {
        if (side[s] >= 0) continue;
        components++;
        int head = 0, tail = 0;
        side[s] = 0;
        queue[tail++] = s;
        while (head < tail) {
            int u = queue[head++];
            left += side[u] == 0;
            for (int k = 0; k < deg[u]; k++) {
                int v = adj[u][k];
                if (side[v] < 0) { side[v] = 1 - side[u]; queue[tail++] = v; }
                else if (side[v] == side[u] && conflict_u < 0) { conflict_u = u; conflict_v = v; }
            }
        }
    }
    printf("components=%d ", components);
    if (conflict_u >= 0) { printf("not bipartite: edge %d-%d\n", conflict_u, conflict_v); return 0; }
    printf("bipartite left=%d right=%d\nsides: ", left, n - left);
    for (int i = 0; i < n; i++) putchar(side[i] ? 'R' : 'L');
    putchar('\n');
    return 0;
}
