#include <stdlib.h>

long long rising_chain_length(const long long* xs, size_t xs_len) {
    /* tails[k]: the smallest possible last element of a strictly increasing subsequence of length
       k + 1; it is increasing in k, so each element finds its place by binary search. */
    long long* tails = malloc(sizeof(long long) * (xs_len + 1));
    size_t len = 0;
    for (size_t i = 0; i < xs_len; i++) {
        size_t lo = 0, hi = len;  /* the first tail >= xs[i]: equal values never extend a chain */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tails[mid] < xs[i]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = xs[i];
        if (lo == len) len++;
    }
    free(tails);
    return (long long)len;
}
