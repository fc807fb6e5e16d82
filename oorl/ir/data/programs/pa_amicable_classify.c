#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long lo, hi;
    if (scanf("%ld %ld", &lo, &hi) != 2) { printf("need a range\n"); return 0; }
    if (lo < 1) lo = 1;
    if (hi > 30000) hi = 30000;
    if (hi < lo) { printf("empty range\n"); return 0; }
    /* Sums of proper divisors up to 4*hi are needed to follow amicable partners. */
    long lim = 4 * hi;
    long *s = calloc((size_t)lim + 1, sizeof *s);
    if (!s) return 0;
    for (long d = 1; d <= lim / 2; d++)
        for (long m = 2 * d; m <= lim; m += d) s[m] += d;
    int counts[3] = {0, 0, 0};
    printf("perfect:");
    for (long n = lo; n <= hi; n++) {
        int k = s[n] < n ? 0 : s[n] == n ? 1 : 2;
        counts[k]++;
        if (k == 1) printf(" %ld", n);
    }
    printf("\namicable:");
    int pairs = 0;
    for (long n = lo; n <= hi; n++) {
        long m = s[n];
        if (m > n && m <= lim && s[m] == n) {
            printf(" (%ld,%ld)", n, m);
            pairs++;
        }
    }
    printf("\ndeficient=%d perfect=%d abundant=%d pairs=%d\n", counts[0], counts[1], counts[2], pairs);
    free(s);
    return 0;
}
