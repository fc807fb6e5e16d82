#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long dist;
    int node;
} Entry;

/* A binary min-heap on dist; stale entries are skipped when popped instead of being decreased. */
typedef struct {
    Entry* items;
    size_t size;
} Heap;

static void heap_push(Heap* h, long long dist, int node) {
    size_t i = h->size++;
    while (i > 0 && h->items[(i - 1) / 2].dist > dist) {
        h->items[i] = h->items[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->items[i] = (Entry){dist, node};
}

static Entry heap_pop(Heap* h) {
    Entry top = h->items[0], last = h->items[--h->size];
    size_t i = 0;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= h->size) break;
        if (child + 1 < h->size && h->items[child + 1].dist < h->items[child].dist) child++;
        if (h->items[child].dist >= last.dist) break;
        h->items[i] = h->items[child];
        i = child;
    }
    if (h->size > 0) h->items[i] = last;
    return top;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || m < 0) return 1;
    int *from = malloc(sizeof(int) * ((size_t)m + 1)), *to = malloc(sizeof(int) * ((size_t)m + 1));
    long long* weight = malloc(sizeof(long long) * ((size_t)m + 1));
    /* Adjacency in compressed form: the roads leaving u are adj[start[u] .. start[u + 1]). */
    int* start = calloc((size_t)n + 2, sizeof(int));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %lld", &from[i], &to[i], &weight[i]) != 3) return 1;
        if (from[i] < 1 || from[i] > n || to[i] < 1 || to[i] > n) return 1;
        start[from[i] + 1]++;
    }
    for (int u = 1; u <= n + 1; u++) start[u] += start[u - 1];
    int* fill = malloc(sizeof(int) * ((size_t)n + 1));
    for (int u = 0; u <= n; u++) fill[u] = start[u];
    int* adj = malloc(sizeof(int) * ((size_t)m + 1));
    for (int i = 0; i < m; i++) adj[fill[from[i]]++] = i;

    long long* dist = malloc(sizeof(long long) * ((size_t)n + 1));
    for (int u = 0; u <= n; u++) dist[u] = -1;  /* -1: not reached yet; real distances stay below 10^15 */
    Heap heap = {malloc(sizeof(Entry) * ((size_t)m + 1)), 0};
    dist[1] = 0;
    heap_push(&heap, 0, 1);
    while (heap.size > 0) {
        Entry e = heap_pop(&heap);
        if (e.dist != dist[e.node]) continue;
        for (int k = start[e.node]; k < start[e.node + 1]; k++) {
            int road = adj[k];
            long long d = e.dist + weight[road];
            if (dist[to[road]] < 0 || d < dist[to[road]]) {
                dist[to[road]] = d;
                heap_push(&heap, d, to[road]);
            }
        }
    }
    printf("%lld\n", dist[n]);
    free(from), free(to), free(weight), free(start), free(fill), free(adj), free(dist), free(heap.items);
    return 0;
}
