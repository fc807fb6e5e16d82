#include <stdio.h>
#include <stdlib.h>

/* Sort a[lo, hi) by merging, returning the number of inversions inside it. */
static long long sort_count(long long* a, long long* tmp, size_t lo, size_t hi) {
    if (hi - lo < 2) return 0;
    size_t mid = lo + (hi - lo) / 2;
    long long count = sort_count(a, tmp, lo, mid) + sort_count(a, tmp, mid, hi);
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            count += (long long)(mid - i);  /* a[j] is smaller than every element left in the first half */
            tmp[k++] = a[j++];
        } else {
            tmp[k++] = a[i++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (size_t t = lo; t < hi; t++) a[t] = tmp[t];
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    long long* a = malloc(sizeof(long long) * (size_t)n);
    long long* tmp = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 1;
    printf("%lld\n", sort_count(a, tmp, 0, (size_t)n));
    free(a);
    free(tmp);
    return 0;
}
