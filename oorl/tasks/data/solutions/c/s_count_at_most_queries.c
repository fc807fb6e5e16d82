#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

/* The number of elements of the sorted a[0..n) that are <= x. */
static size_t count_at_most(const long long* a, size_t n, long long x) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] <= x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int main(void) {
    int n, q;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    long long* a = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 1;
    qsort(a, (size_t)n, sizeof(long long), cmp_ll);
    if (scanf("%d", &q) != 1) return 1;
    while (q-- > 0) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        printf("%zu\n", count_at_most(a, (size_t)n, x));
    }
    free(a);
    return 0;
}
