#include <stdio.h>

static long long ext_gcd(long long a, long long b, long long *x, long long *y) {
    if (b == 0) {
        *x = 1;
        *y = 0;
        return a;
    }
    long long x1, y1;
    long long g = ext_gcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}

static long long norm(long long v, long long m) {
    v %= m;
    return v < 0 ? v + m : v;
}

int main(void) {
    long long a, b, m;
    int solved = 0, lines = 0;
    while (lines < 10 && scanf("%lld %lld %lld", &a, &b, &m) == 3) {
        lines++;
        if (m <= 0 || m > 1000000000LL || a > 1000000000LL || a < -1000000000LL ||
            b > 1000000000LL || b < -1000000000LL) {
            printf("%lld %lld %lld: out of range\n", a, b, m);
            continue;
        }
        long long an = norm(a, m), bn = norm(b, m), x, y;
        long long g = ext_gcd(an, m, &x, &y);
        if (g == 0) g = m;
        if (bn % g != 0) {
            printf("%lldx = %lld (mod %lld): none (gcd %lld)\n", a, b, m, g);
            continue;
        }
        long long step = m / g;
        long long x0 = norm(norm(x, step) * ((bn / g) % step), step);
        printf("%lldx = %lld (mod %lld): x = %lld + %lldk, %lld solutions", a, b, m, x0, step, g);
        if (g == 1 && m > 1) printf(", inverse %lld", norm(x, m));
        printf("\n");
        solved++;
    }
    printf("solved %d of %d\n", solved, lines);
    return 0;
}
