#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int r, c, k;
    if (scanf("%d %d %d", &r, &c, &k) != 3 || r < 1 || c < 1 || r > 50 || c > 50) { printf("bad shape\n"); return 0; }
    long long *p = calloc((size_t)(r + 1) * (size_t)(c + 1), sizeof *p);
    if (!p) return 0;
#define P(i, j) p[(size_t)(i) * (size_t)(c + 1) + (size_t)(j)]
    for (int i = 1; i <= r; i++)
        for (int j = 1; j <= c; j++) {
            long long v = 0;
            if (scanf("%lld", &v) != 1 || v > 1000000 || v < -1000000) v = 0;
            P(i, j) = v + P(i - 1, j) + P(i, j - 1) - P(i - 1, j - 1);
        }
    printf("total=%lld\n", P(r, c));
    if (k >= 1 && k <= r && k <= c) {
        long long best = 0;
        int bi = -1, bj = -1;
        for (int i = k; i <= r; i++)
            for (int j = k; j <= c; j++) {
                long long s = P(i, j) - P(i - k, j) - P(i, j - k) + P(i - k, j - k);
                if (bi < 0 || s > best) { best = s; bi = i - k; bj = j - k; }
            }
        printf("best %dx%d block at (%d,%d) sum=%lld\n", k, k, bi, bj, best);
    } else {
        printf("block size %d does not fit\n", k);
    }
    int r1, c1, r2, c2, q = 0;
    while (q < 8 && scanf("%d %d %d %d", &r1, &c1, &r2, &c2) == 4) {
        q++;
        if (r1 > r2) { int t = r1; r1 = r2; r2 = t; }
        if (c1 > c2) { int t = c1; c1 = c2; c2 = t; }
        if (r1 < 0 || c1 < 0 || r2 >= r || c2 >= c) { printf("query %d out of range\n", q); continue; }
        long long s = P(r2 + 1, c2 + 1) - P(r1, c2 + 1) - P(r2 + 1, c1) + P(r1, c1);
        long long cells = (long long)(r2 - r1 + 1) * (c2 - c1 + 1);
        printf("query %d: sum=%lld mean=%.3f\n", q, s, (double)s / (double)cells);
    }
#undef P
    free(p);
    return 0;
}
