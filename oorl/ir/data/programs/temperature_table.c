#include <stdio.h>
#pragma STDC FP_CONTRACT OFF

int main(void) {
    double lo, hi, step;
    if (scanf("%lf %lf %lf", &lo, &hi, &step) != 3) return 1;
    if (step <= 0.0) step = 10.0;
    if (hi - lo > 400.0) hi = lo + 400.0;
    int rows = 0;
    double min_k = 1e300;
    for (int i = 0; rows < 25; i++) {
        double c = lo + i * step;
        if (c > hi) break;
        double f = c * 9.0 / 5.0 + 32.0;
        double k = c + 273.15;
        printf("%8.2f C %8.2f F %8.2f K%s\n", c, f, k, k < 0.0 ? " (impossible)" : "");
        if (k < min_k) min_k = k;
        rows++;
    }
    printf("rows=%d min_kelvin=%.2f\n", rows, rows ? min_k : 0.0);
    return 0;
}
