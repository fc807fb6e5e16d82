#include <stdio.h>

#define MAXV 26

/* Tasks are letters; "a b" means a must come before b. Prints the alphabetically smallest order. */
int main(void) {
    char a[4], b[4];
    int adj[MAXV][MAXV] = {{0}}, indeg[MAXV] = {0}, used[MAXV] = {0}, edges = 0, dup = 0;
    while (scanf("%3s %3s", a, b) == 2) {
        int u = a[0] - 'a', v = b[0] - 'a';
        if (u < 0 || u >= MAXV || v < 0 || v >= MAXV) continue;
        used[u] = used[v] = 1;
        if (adj[u][v]) { dup++; continue; }
        adj[u][v] = 1;
        indeg[v]++;
        edges++;
    }
    int nodes = 0, placed = 0, level[MAXV] = {0}, depth = 0;
    for (int i = 0; i < MAXV; i++) nodes += used[i];
    printf("nodes=%d edges=%d dup=%d order=", nodes, edges, dup);
    for (;;) {
        int pick = -1;
        for (int i = 0; i < MAXV && pick < 0; i++)
            if (used[i] == 1 && indeg[i] == 0) pick = i;
        if (pick < 0) break;
        used[pick] = 2;
        placed++;
        putchar('a' + pick);
        for (int v = 0; v < MAXV; v++)
            if (adj[pick][v]) {
                indeg[v]--;
                if (level[pick] + 1 > level[v]) level[v] = level[pick] + 1;
            }
        if (level[pick] > depth) depth = level[pick];
    }
    if (placed < nodes) {
        printf(" cycle among:");
        for (int i = 0; i < MAXV; i++)
            if (used[i] == 1) printf(" %c", 'a' + i);
        printf("\n");
    } else {
        printf(" critical_path=%d\n", nodes ? depth + 1 : 0);
    }
    return 0;
}
