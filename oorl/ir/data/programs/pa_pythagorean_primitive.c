#include <stdio.h>
#include <stdlib.h>

struct triple { int a, b, c; };

static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

static int by_hyp(const void *x, const void *y) {
    const struct triple *p = x, *q = y;
    if (p->c != q->c) return p->c < q->c ? -1 : 1;
    return (p->a > q->a) - (p->a < q->a);
}

int main(void) {
    int limit;
    if (scanf("%d", &limit) != 1) { printf("no limit\n"); return 0; }
    if (limit > 5000) limit = 5000;
    int cap = 16, n = 0;
    struct triple *t = malloc(sizeof *t * (size_t)cap);
    if (!t) return 0;
    for (int m = 2; m * m + 1 <= limit; m++) {
        for (int k = 1 + (m & 1); k < m; k += 2) {
            if (gcd(m, k) != 1 || m * m + k * k > limit) continue;
            if (n == cap) {
                cap *= 2;
                struct triple *bigger = realloc(t, sizeof *t * (size_t)cap);
                if (!bigger) { free(t); return 0; }
                t = bigger;
            }
            int a = m * m - k * k, b = 2 * m * k;
            t[n++] = (struct triple){a < b ? a : b, a < b ? b : a, m * m + k * k};
        }
    }
    qsort(t, (size_t)n, sizeof *t, by_hyp);
    long long perim = 0;
    int odd_short = 0;
    for (int i = 0; i < n; i++) {
        perim += t[i].a + t[i].b + t[i].c;
        odd_short += t[i].a & 1;
        if (i < 6 || i == n - 1) printf("(%d, %d, %d)\n", t[i].a, t[i].b, t[i].c);
    }
    printf("count=%d perimeter_sum=%lld odd_short_leg=%d\n", n, perim, odd_short);
    free(t);
    return 0;
}
