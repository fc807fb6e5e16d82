#include <stdio.h>

static long long floor_div(long long a, long long b) {
    long long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

int main(void) {
    long long p, q;
    int lines = 0;
    while (lines < 8 && scanf("%lld %lld", &p, &q) == 2) {
        lines++;
        if (q == 0 || p > 1000000000LL || p < -1000000000LL || q > 1000000000LL || q < -1000000000LL) {
            printf("%lld/%lld: undefined\n", p, q);
            continue;
        }
        printf("%lld/%lld = %.6f = [", p, q, (double)p / (double)q);
        long long h1 = 1, h2 = 0, k1 = 0, k2 = 1, a = p, b = q;
        int terms = 0;
        while (b != 0 && terms < 40) {
            long long t = floor_div(a, b);
            long long r = a - t * b;
            long long h = t * h1 + h2, k = t * k1 + k2;
            h2 = h1; h1 = h; k2 = k1; k1 = k;
            printf(terms == 0 ? "%lld" : terms == 1 ? "; %lld" : ", %lld", t);
            terms++;
            a = b;
            b = r;
        }
        printf("] terms=%d last=%lld/%lld", terms, h1, k1);
        if (terms > 1) printf(" prev=%lld/%lld err=%.3e", h2, k2, (double)h2 / (double)k2 - (double)p / (double)q);
        printf("\n");
    }
    printf("fractions=%d\n", lines);
    return 0;
}
