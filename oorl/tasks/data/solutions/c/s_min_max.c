#include <stdio.h>

int main(void) {
    int n;
    long long lo, hi;
    if (scanf("%d %lld", &n, &lo) != 2) return 1;
    hi = lo;
    for (int i = 1; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        if (x < lo) lo = x;
        if (x > hi) hi = x;
    }
    printf("%lld %lld\n", lo, hi);
    return 0;
}
