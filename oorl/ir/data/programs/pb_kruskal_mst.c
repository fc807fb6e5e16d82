#include <stdio.h>
#include <stdlib.h>

struct edge { int u, v, w; };

static int parent[128], rnk[128];

static int find(int x) {
    while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
    return x;
}

static int cmp(const void *a, const void *b) {
    const struct edge *x = a, *y = b;
    if (x->w != y->w) return x->w < y->w ? -1 : 1;
    if (x->u != y->u) return x->u - y->u;
    return x->v - y->v;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > 128 || m < 0 || m > 2000) { printf("bad graph\n"); return 0; }
    struct edge *e = malloc(sizeof *e * (size_t)(m ? m : 1));
    if (!e) return 1;
    int k = 0;
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %d", &e[k].u, &e[k].v, &e[k].w) != 3) break;
        if (e[k].u >= 0 && e[k].u < n && e[k].v >= 0 && e[k].v < n && e[k].w > -1000000 && e[k].w < 1000000) k++;
    }
    qsort(e, (size_t)k, sizeof *e, cmp);
    for (int i = 0; i < n; i++) parent[i] = i, rnk[i] = 0;
    long long total = 0;
    int used = 0, heaviest = 0, skipped = 0;
    for (int i = 0; i < k; i++) {
        int a = find(e[i].u), b = find(e[i].v);
        if (a == b) { skipped++; continue; }
        if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
        parent[b] = a;
        if (rnk[a] == rnk[b]) rnk[a]++;
        total += e[i].w;
        if (used == 0 || e[i].w > heaviest) heaviest = e[i].w;
        used++;
    }
    printf("edges_used=%d skipped=%d weight=%lld heaviest=%d %s\n", used, skipped, total, heaviest,
           used == n - 1 ? "spanning" : "forest");
    free(e);
    return 0;
}
