#include <stdio.h>

int main(void) {
    long long n, m;
    if (scanf("%lld %lld", &n, &m) != 2) return 1;
    if (m < 2) m = 1000000007;
    if (m > 1000000007) m = 1000000007;
    if (n < 0) n = 0;
    if (n > 200000) n = 200000;
    long long a = 0, b = 1, even = 0;
    long long period = -1;
    for (long long i = 0; i < n; i++) {
        long long c = (a + b) % m;
        a = b;
        b = c;
        if (a % 2 == 0) even++;
        if (period < 0 && a == 0 && b == 1) period = i + 1;
    }
    printf("F(%lld) mod %lld = %lld\n", n, m, a);
    printf("even terms: %lld\n", even);
    if (period > 0)
        printf("pisano period %lld\n", period);
    else
        printf("no period seen\n");
    return 0;
}
