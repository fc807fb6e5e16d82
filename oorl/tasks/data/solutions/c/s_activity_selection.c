#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long start, end;
} Meeting;

static int by_end(const void* a, const void* b) {
    const Meeting *x = a, *y = b;
    return (x->end > y->end) - (x->end < y->end);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    Meeting* m = malloc(sizeof(Meeting) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &m[i].start, &m[i].end) != 2) return 1;
    qsort(m, (size_t)n, sizeof(Meeting), by_end);
    /* Greedy: always take the meeting that ends earliest among those still possible. */
    int count = 0;
    long long free_at = -1;
    for (int i = 0; i < n; i++) {
        if (m[i].start >= free_at) {
            count++;
            free_at = m[i].end;
        }
    }
    printf("%d\n", count);
    free(m);
    return 0;
}
