#include <stdio.h>

static long long gcd(long long a, long long b) {
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    if (n > 12) n = 12;
    long long coprime = 0, total = 0;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= n; j++) {
            long long g = gcd(i, j);
            printf("%lld%c", g, j == n ? '\n' : ' ');
            total += g;
            if (g == 1) coprime++;
        }
    }
    printf("sum=%lld coprime=%lld\n", total, coprime);
    return 0;
}
