#include <stdio.h>

static int collatz_len(unsigned long long x) {
    int steps = 0;
    while (x != 1 && steps < 10000) {
        if (x & 1ULL)
            x = 3 * x + 1;
        else
            x >>= 1;
        steps++;
    }
    return steps;
}

int main(void) {
    long long lo, hi;
    if (scanf("%lld %lld", &lo, &hi) != 2) return 1;
    if (lo < 1) lo = 1;
    if (hi > 100000) hi = 100000;
    int best = -1;
    long long arg = 0, sum = 0;
    for (long long v = lo; v <= hi; v++) {
        int len = collatz_len((unsigned long long)v);
        sum += len;
        if (len > best) {
            best = len;
            arg = v;
        }
    }
    if (best < 0) {
        printf("empty range\n");
        return 0;
    }
    printf("longest %lld with %d steps, total %lld\n", arg, best, sum);
    return 0;
}
