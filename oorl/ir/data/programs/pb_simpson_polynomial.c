#include <math.h>
#include <stdio.h>

static double poly(const double *c, int deg, double x) {
    double v = 0;
    for (int i = deg; i >= 0; i--) v = v * x + c[i]; /* Horner */
    return v;
}

int main(void) {
    int deg;
    double c[11], a, b;
    if (scanf("%d", &deg) != 1 || deg < 0 || deg > 10) { printf("bad degree\n"); return 0; }
    for (int i = 0; i <= deg; i++)
        if (scanf("%lf", &c[i]) != 1) c[i] = 0;
    double anti[12] = {0}; /* exact antiderivative coefficients */
    for (int i = 0; i <= deg; i++) anti[i + 1] = c[i] / (i + 1);
    while (scanf("%lf %lf", &a, &b) == 2) {
        if (fabs(a) > 100 || fabs(b) > 100) { printf("interval too wide\n"); continue; }
        double exact = poly(anti, deg + 1, b) - poly(anti, deg + 1, a);
        printf("[%.2f,%.2f] exact=%.4f", a, b, exact);
        for (int n = 2; n <= 32; n *= 4) {
            double h = (b - a) / n, s = poly(c, deg, a) + poly(c, deg, b), t = s / 2;
            for (int i = 1; i < n; i++) {
                double fx = poly(c, deg, a + i * h);
                s += (i % 2 ? 4 : 2) * fx;
                t += fx;
            }
            printf(" n%d:simp=%.4f trap=%.4f", n, s * h / 3, t * h);
        }
        printf("\n");
    }
    return 0;
}
