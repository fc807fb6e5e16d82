#include <stdlib.h>

long long* distinct_subset_sums(const long long* xs, size_t xs_len, size_t* out_len) {
    /* sums: the sorted distinct subset sums of the elements seen so far. Adding x merges sums with
       sums + x (also sorted), dropping repeats. The set at most doubles per element. */
    size_t n = 1;
    long long* sums = malloc(sizeof(long long));
    sums[0] = 0;
    for (size_t e = 0; e < xs_len; e++) {
        long long x = xs[e];
        long long* merged = malloc(sizeof(long long) * 2 * n);
        size_t i = 0, j = 0, k = 0;
        while (i < n || j < n) {
            long long v;
            if (j >= n || (i < n && sums[i] <= sums[j] + x)) v = sums[i++];
            else v = sums[j++] + x;
            if (k == 0 || merged[k - 1] != v) merged[k++] = v;
        }
        free(sums);
        sums = merged;
        n = k;
    }
    *out_len = n;
    return sums;
}
