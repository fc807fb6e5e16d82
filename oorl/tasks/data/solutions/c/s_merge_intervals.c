#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long start, end;
} Interval;

static int by_start(const void* a, const void* b) {
    const Interval *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    Interval* v = malloc(sizeof(Interval) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &v[i].start, &v[i].end) != 2) return 1;
    qsort(v, (size_t)n, sizeof(Interval), by_start);
    /* Merge in place: v[0..k) holds the merged intervals so far. */
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (k > 0 && v[i].start <= v[k - 1].end) {
            if (v[i].end > v[k - 1].end) v[k - 1].end = v[i].end;
        } else {
            v[k++] = v[i];
        }
    }
    printf("%d\n", k);
    for (int i = 0; i < k; i++) printf("%lld %lld\n", v[i].start, v[i].end);
    free(v);
    return 0;
}
