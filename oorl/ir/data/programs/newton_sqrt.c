#include <stdio.h>
#pragma STDC FP_CONTRACT OFF

static double newton_sqrt(double x, int *iters) {
    if (x == 0.0) return 0.0;
    double g = x > 1.0 ? x / 2.0 : 1.0;
    for (*iters = 0; *iters < 100; (*iters)++) {
        double next = 0.5 * (g + x / g);
        if (next == g) break;
        g = next;
    }
    return g;
}

int main(void) {
    double x;
    int k = 0;
    while (k < 8 && scanf("%lf", &x) == 1) {
        k++;
        if (x < 0.0 || x > 1e12) {
            printf("skip\n");
            continue;
        }
        int it = 0;
        double r = newton_sqrt(x, &it);
        printf("sqrt(%.3f) = %.6f\n", x, r);
    }
    return 0;
}
