#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    /* tails[k]: the smallest last value of a strictly increasing subsequence of length k + 1. */
    long long* tails = malloc(sizeof(long long) * (size_t)n);
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        size_t lo = 0, hi = len;  /* the first tail >= x */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tails[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = x;
        if (lo == len) len++;
    }
    printf("%zu\n", len);
    free(tails);
    return 0;
}
