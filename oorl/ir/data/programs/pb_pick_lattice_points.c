#include <stdio.h>
#include <stdlib.h>

static long long gcd(long long a, long long b) {
    a = llabs(a), b = llabs(b);
    while (b) { long long t = a % b; a = b; b = t; }
    return a;
}

/* Pick's theorem: A = I + B/2 - 1, so I = (2A - B + 2) / 2 for a simple lattice polygon. */
int main(void) {
    int n, poly = 0;
    long long x[64], y[64];
    while (scanf("%d", &n) == 1) {
        if (n < 3 || n > 64) { printf("polygon %d: need 3..64 vertices\n", ++poly); return 0; }
        int ok = 1;
        for (int i = 0; i < n; i++)
            if (scanf("%lld %lld", &x[i], &y[i]) != 2 || llabs(x[i]) > 1000000 || llabs(y[i]) > 1000000) ok = 0;
        poly++;
        if (!ok) { printf("polygon %d: bad vertex\n", poly); continue; }
        long long a2 = 0, boundary = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a2 += x[i] * y[j] - x[j] * y[i];
            boundary += gcd(x[j] - x[i], y[j] - y[i]);
        }
        a2 = llabs(a2);
        long long interior = (a2 - boundary + 2) / 2;
        printf("polygon %d: area=%lld.%d boundary=%lld interior=%lld\n", poly, a2 / 2, a2 % 2 ? 5 : 0, boundary,
               a2 ? interior : 0);
    }
    return 0;
}
