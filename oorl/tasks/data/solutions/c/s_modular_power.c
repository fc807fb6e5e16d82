#include <stdio.h>

/* base^exp mod m for m <= 10^9: every product of two residues stays below 10^18. */
static long long power_mod(long long base, long long exp, long long m) {
    long long result = 1 % m;
    base %= m;
    while (exp > 0) {
        if (exp & 1) result = result * base % m;
        base = base * base % m;
        exp >>= 1;
    }
    return result;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0) {
        long long a, b, m;
        if (scanf("%lld %lld %lld", &a, &b, &m) != 3 || m < 1) return 1;
        printf("%lld\n", power_mod(a, b, m));
    }
    return 0;
}
