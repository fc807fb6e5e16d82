#include <stdio.h>
#pragma STDC FP_CONTRACT OFF

static double poly(const double *c, int deg, double x) {
    double r = 0.0;
    for (int i = deg; i >= 0; i--) r = r * x + c[i];
    return r;
}

int main(void) {
    int deg, steps;
    double c[6], a, b;
    if (scanf("%d", &deg) != 1) return 1;
    if (deg < 0 || deg > 5) deg = 0;
    for (int i = 0; i <= deg; i++) if (scanf("%lf", &c[i]) != 1) c[i] = 1.0;
    if (scanf("%lf %lf %d", &a, &b, &steps) != 3) return 1;
    if (steps < 1) steps = 1;
    if (steps > 10000) steps = 10000;
    double h = (b - a) / steps, sum = 0.5 * (poly(c, deg, a) + poly(c, deg, b));
    for (int i = 1; i < steps; i++) sum += poly(c, deg, a + i * h);
    double exact = 0.0;
    for (int i = 0; i <= deg; i++) {
        double pa = a, pb = b;
        for (int k = 0; k < i; k++) { pa *= a; pb *= b; }
        exact += c[i] * (pb - pa) / (i + 1);
    }
    printf("trapezoid=%.6f exact=%.6f\n", sum * h, exact);
    return 0;
}
