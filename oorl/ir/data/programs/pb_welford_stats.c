#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    double v, mean = 0, m2 = 0, lo = 0, hi = 0;
    double *all = NULL;
    size_t n = 0, cap = 0;
    while (scanf("%lf", &v) == 1) {
        if (!isfinite(v) || fabs(v) > 1e9) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            double *grown = realloc(all, cap * sizeof *all);
            if (!grown) { free(all); return 1; }
            all = grown;
        }
        all[n++] = v;
        double delta = v - mean; /* Welford's online update */
        mean += delta / (double)n;
        m2 += delta * (v - mean);
        if (n == 1 || v < lo) lo = v;
        if (n == 1 || v > hi) hi = v;
    }
    if (n == 0) { printf("no data\n"); return 0; }
    qsort(all, n, sizeof *all, cmp_double);
    double median = n % 2 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
    double var = n > 1 ? m2 / (double)(n - 1) : 0.0;
    size_t above = 0;
    for (size_t i = 0; i < n; i++) above += all[i] > mean;
    printf("n=%zu min=%.4f max=%.4f\nmean=%.4f median=%.4f\n", n, lo, hi, mean, median);
    printf("sample_var=%.4f stddev=%.4f above_mean=%zu\n", var, sqrt(var), above);
    free(all);
    return 0;
}
