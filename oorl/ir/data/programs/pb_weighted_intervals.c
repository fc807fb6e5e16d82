#include <stdio.h>
#include <stdlib.h>

struct job { int start, end, weight, id; };

static int by_end(const void *a, const void *b) {
    const struct job *x = a, *y = b;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return x->id - y->id;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0 || n > 200) { printf("bad n\n"); return 0; }
    struct job *jobs = malloc(sizeof *jobs * (size_t)(n + 1));
    long long *best = malloc(sizeof *best * (size_t)(n + 1));
    int *prev = malloc(sizeof *prev * (size_t)(n + 1));
    if (!jobs || !best || !prev) return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d %d", &jobs[i].start, &jobs[i].end, &jobs[i].weight) != 3) { n = i; break; }
        if (jobs[i].end < jobs[i].start) { int t = jobs[i].end; jobs[i].end = jobs[i].start; jobs[i].start = t; }
        jobs[i].id = i;
    }
    qsort(jobs, (size_t)n, sizeof *jobs, by_end);
    best[0] = 0;
    for (int i = 1; i <= n; i++) {
        int lo = 0, hi = i - 1; /* last job (1-based count) ending at or before this start */
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (jobs[mid - 1].end <= jobs[i - 1].start) lo = mid; else hi = mid - 1;
        }
        prev[i] = lo;
        long long take = jobs[i - 1].weight + best[lo];
        best[i] = take > best[i - 1] ? take : best[i - 1];
    }
    printf("best=%lld chosen:", n ? best[n] : 0);
    int count = 0;
    for (int i = n; i > 0;) {
        if (best[i] != best[i - 1]) { printf(" #%d[%d,%d)", jobs[i - 1].id, jobs[i - 1].start, jobs[i - 1].end); count++; i = prev[i]; }
        else i--;
    }
    printf("\ncount=%d\n", count);
    free(jobs);
    free(best);
    free(prev);
    return 0;
}
