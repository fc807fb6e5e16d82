#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long total = 0;  /* at most 1000 * 10^12 in magnitude: far from overflow */
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        total += x;
    }
    printf("%lld\n", total);
    return 0;
}
