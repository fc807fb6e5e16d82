#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

static int binary(const long long *a, int n, long long x, int *probes) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        ++*probes;
        if (a[mid] == x) return mid;
        if (a[mid] < x) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

static int interpolation(const long long *a, int n, long long x, int *probes) {
    int lo = 0, hi = n - 1;
    while (lo <= hi && x >= a[lo] && x <= a[hi]) {
        ++*probes;
        int pos = a[hi] == a[lo] ? lo : lo + (int)((x - a[lo]) * (hi - lo) / (a[hi] - a[lo]));
        if (a[pos] == x) return pos;
        if (a[pos] < x) lo = pos + 1; else hi = pos - 1;
    }
    return -1;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 2000) { printf("need 1..2000 keys\n"); return 0; }
    long long *a = malloc(sizeof *a * (size_t)n);
    if (!a) return 0;
    long long first, step;
    if (scanf("%lld %lld", &first, &step) != 2) first = 0, step = 1;
    if (first < -1000000000LL || first > 1000000000LL || step < 0 || step > 100000) first = 0, step = 1;
    /* keys grow quadratically after index n/2, so interpolation is not always the winner */
    for (int i = 0; i < n; i++) a[i] = first + step * i + (i > n / 2 ? (long long)(i - n / 2) * (i - n / 2) : 0);
    qsort(a, (size_t)n, sizeof *a, cmp_ll);
    long long x;
    int q = 0, bin_total = 0, int_total = 0;
    while (q < 8 && scanf("%lld", &x) == 1) {
        if (x < -4000000000LL || x > 4000000000LL) { printf("%lld skipped\n", x); continue; }
        q++;
        int pb = 0, pi = 0;
        int ib = binary(a, n, x, &pb), ii = interpolation(a, n, x, &pi);
        printf("%lld: binary idx=%d probes=%d, interpolation idx=%d probes=%d%s\n", x, ib, pb, ii, pi,
               (ib < 0) != (ii < 0) ? " DISAGREE" : "");
        bin_total += pb;
        int_total += pi;
    }
    printf("keys %lld..%lld queries=%d probes binary=%d interpolation=%d\n", a[0], a[n - 1], q, bin_total, int_total);
    free(a);
    return 0;
}
