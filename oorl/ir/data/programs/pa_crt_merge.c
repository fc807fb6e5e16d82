#include <stdio.h>

static long long gcd(long long a, long long b) {
    while (b) { long long t = a % b; a = b; b = t; }
    return a;
}

static long long inverse(long long a, long long m) {
    long long old_r = a % m, r = m, old_s = 1, s = 0;
    while (r) {
        long long q = old_r / r, t = old_r - q * r;
        old_r = r; r = t;
        t = old_s - q * s; old_s = s; s = t;
    }
    old_s %= m;
    return old_s < 0 ? old_s + m : old_s;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0) { printf("no system\n"); return 0; }
    if (n > 20) n = 20;
    long long x = 0, mod = 1;
    const long long cap = 1000000000000LL;
    for (int i = 0; i < n; i++) {
        long long r, m;
        if (scanf("%lld %lld", &r, &m) != 2) { n = i; break; }
        if (m < 1 || m > 1000000 || r < -1000000 || r > 1000000) {
            printf("eq %d skipped\n", i);
            continue;
        }
        r %= m;
        if (r < 0) r += m;
        long long g = gcd(mod, m);
        long long diff = r - x % m;
        if (diff % g != 0) {
            printf("eq %d (x=%lld mod %lld) conflicts\n", i, r, m);
            printf("no solution\n");
            return 0;
        }
        long long mg = m / g;
        if (mod / g > cap / m) { printf("modulus too large at eq %d\n", i); return 0; }
        long long d = (diff / g) % mg;
        if (d < 0) d += mg;
        long long t = mg == 1 ? 0 : d * inverse((mod / g) % mg, mg) % mg;
        x += mod * t;
        mod = mod / g * m;
        x %= mod;
        printf("after eq %d: x = %lld (mod %lld)\n", i, x, mod);
    }
    printf("solution %lld mod %lld over %d equations\n", x, mod, n);
    return 0;
}
