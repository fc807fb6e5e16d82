#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Reads one graph and 2-colours it by breadth-first search; every edge must be read even after a conflict. */
static bool read_and_check(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || m < 0) exit(1);
    int *eu = malloc(sizeof(int) * ((size_t)m + 1)), *ev = malloc(sizeof(int) * ((size_t)m + 1));
    int* start = calloc((size_t)n + 2, sizeof(int));
    bool ok = true;
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d", &eu[i], &ev[i]) != 2) exit(1);
        if (eu[i] < 1 || eu[i] > n || ev[i] < 1 || ev[i] > n) exit(1);
        if (eu[i] == ev[i]) ok = false;
        start[eu[i] + 1]++;
        start[ev[i] + 1]++;
    }
    for (int u = 1; u <= n + 1; u++) start[u] += start[u - 1];
    int* fill = malloc(sizeof(int) * ((size_t)n + 1));
    for (int u = 0; u <= n; u++) fill[u] = start[u];
    int* adj = malloc(sizeof(int) * (2 * (size_t)m + 1));
    for (int i = 0; i < m; i++) {
        adj[fill[eu[i]]++] = ev[i];
        adj[fill[ev[i]]++] = eu[i];
    }
    int* colour = calloc((size_t)n + 1, sizeof(int));  /* 0: not coloured yet, else 1 or 2 */
    int* queue = malloc(sizeof(int) * (size_t)n);
    for (int s = 1; s <= n && ok; s++) {
        if (colour[s] != 0) continue;
        int head = 0, tail = 0;
        colour[s] = 1;
        queue[tail++] = s;
        while (head < tail && ok) {
            int u = queue[head++];
            for (int k = start[u]; k < start[u + 1]; k++) {
                int v = adj[k];
                if (colour[v] == 0) {
                    colour[v] = 3 - colour[u];
                    queue[tail++] = v;
                } else if (colour[v] == colour[u]) {
                    ok = false;
                    break;
                }
            }
        }
    }
    free(eu), free(ev), free(start), free(fill), free(adj), free(colour), free(queue);
    return ok;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0) puts(read_and_check() ? "YES" : "NO");
    return 0;
}
