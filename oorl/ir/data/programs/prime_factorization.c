#include <stdio.h>

int main(void) {
    long long n;
    int count = 0;
    while (count < 8 && scanf("%lld", &n) == 1) {
        count++;
        if (n < 2) {
            printf("%lld: no factors\n", n);
            continue;
        }
        if (n > 1000000000000LL) n = 1000000000000LL;
        printf("%lld =", n);
        long long m = n, divisors = 1;
        int first = 1;
        for (long long p = 2; p * p <= m; p++) {
            int e = 0;
            while (m % p == 0) {
                m /= p;
                e++;
            }
            if (e > 0) {
                printf("%s %lld^%d", first ? "" : " *", p, e);
                first = 0;
                divisors *= e + 1;
            }
        }
        if (m > 1) {
            printf("%s %lld^1", first ? "" : " *", m);
            divisors *= 2;
        }
        printf("  (divisors: %lld)\n", divisors);
    }
    return 0;
}
