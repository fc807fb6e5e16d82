#include <stdio.h>
#include <stdlib.h>

/* A binary min-heap of task numbers: Kahn's algorithm taking the smallest ready task gives the
   lexicographically smallest order. */
typedef struct {
    int* items;
    int size;
} Heap;

static void heap_push(Heap* h, int x) {
    int i = h->size++;
    while (i > 0 && h->items[(i - 1) / 2] > x) {
        h->items[i] = h->items[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->items[i] = x;
}

static int heap_pop(Heap* h) {
    int top = h->items[0], last = h->items[--h->size], i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= h->size) break;
        if (child + 1 < h->size && h->items[child + 1] < h->items[child]) child++;
        if (h->items[child] >= last) break;
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
    int* start = calloc((size_t)n + 2, sizeof(int));
    int* indegree = calloc((size_t)n + 1, sizeof(int));
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d", &from[i], &to[i]) != 2) return 1;
        if (from[i] < 1 || from[i] > n || to[i] < 1 || to[i] > n) return 1;
        start[from[i] + 1]++;
        indegree[to[i]]++;
    }
    for (int u = 1; u <= n + 1; u++) start[u] += start[u - 1];
    int* fill = malloc(sizeof(int) * ((size_t)n + 1));
    for (int u = 0; u <= n; u++) fill[u] = start[u];
    int* next = malloc(sizeof(int) * ((size_t)m + 1));  /* next[start[u] ..]: the tasks that wait on u */
    for (int i = 0; i < m; i++) next[fill[from[i]]++] = to[i];

    Heap ready = {malloc(sizeof(int) * (size_t)n), 0};
    for (int u = 1; u <= n; u++)
        if (indegree[u] == 0) heap_push(&ready, u);
    int* order = malloc(sizeof(int) * (size_t)n);
    int done = 0;
    while (ready.size > 0) {
        int u = heap_pop(&ready);
        order[done++] = u;
        for (int k = start[u]; k < start[u + 1]; k++)
            if (--indegree[next[k]] == 0) heap_push(&ready, next[k]);
    }
    if (done < n) {
        puts("CYCLE");
    } else {
        for (int i = 0; i < n; i++) printf(i > 0 ? " %d" : "%d", order[i]);
        putchar('\n');
    }
    free(from), free(to), free(start), free(indegree), free(fill), free(next), free(ready.items), free(order);
    return 0;
}
