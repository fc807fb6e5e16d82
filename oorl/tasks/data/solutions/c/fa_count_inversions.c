#include <stdlib.h>

/* Sort a[lo, hi) by merging and return the number of inversions inside it. */
static long long sort_count(long long* a, long long* tmp, size_t lo, size_t hi) {
    if (hi - lo < 2) return 0;
    size_t mid = lo + (hi - lo) / 2;
    long long count = sort_count(a, tmp, lo, mid) + sort_count(a, tmp, mid, hi);
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            count += (long long)(mid - i);  /* a[j] is below everything left in the first half */
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

long long count_inversions(const long long* xs, size_t xs_len) {
    long long* a = malloc(sizeof(long long) * (xs_len + 1));
    long long* tmp = malloc(sizeof(long long) * (xs_len + 1));
    for (size_t i = 0; i < xs_len; i++) a[i] = xs[i];
    long long count = sort_count(a, tmp, 0, xs_len);
    free(a);
    free(tmp);
    return count;
}
