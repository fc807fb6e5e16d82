#include <stdlib.h>
#include <string.h>

static int by_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

long long closest_pair_sum(const long long* xs, size_t xs_len, long long target) {
    long long* a = malloc(sizeof(long long) * (xs_len + 1));
    if (xs_len > 0) memcpy(a, xs, sizeof(long long) * xs_len);
    qsort(a, xs_len, sizeof(long long), by_value);
    /* Two pointers on the sorted copy: a sum below target can only grow by moving lo, one above it
       only shrink by moving hi. */
    size_t lo = 0, hi = xs_len - 1;
    long long best = a[0] + a[1];
    while (lo < hi) {
        long long sum = a[lo] + a[hi];
        long long gap = sum > target ? sum - target : target - sum;
        long long best_gap = best > target ? best - target : target - best;
        if (gap < best_gap || (gap == best_gap && sum < best)) best = sum;
        if (sum < target) lo++;
        else if (sum > target) hi--;
        else break;
    }
    free(a);
    return best;
}
