#include <math.h>
#include <stdio.h>

static int deg;
static double coef[9];

static double f(double x) {
    double v = 0;
    for (int i = deg; i >= 0; i--) v = v * x + coef[i];
    return v;
}

/* Scans [lo, hi] in unit-ish steps for sign changes and bisects each bracket. */
int main(void) {
    double lo, hi;
    int steps;
    if (scanf("%d", &deg) != 1 || deg < 0 || deg > 8) { printf("bad degree\n"); return 0; }
    for (int i = deg; i >= 0; i--)
        if (scanf("%lf", &coef[i]) != 1) coef[i] = 0;
    if (scanf("%lf %lf %d", &lo, &hi, &steps) != 3 || !(lo < hi) || steps < 1 || steps > 1000 || hi - lo > 1000) {
        printf("bad range\n");
        return 0;
    }
    int roots = 0, iters_total = 0;
    double h = (hi - lo) / steps;
    for (int s = 0; s < steps && roots < 10; s++) {
        double a = lo + s * h, b = a + h, fa = f(a), fb = f(b);
        if (fa == 0) { printf("root %.4f (exact)\n", a); roots++; continue; }
        if (fa * fb > 0 || fb == 0) continue;
        int it = 0;
        while (b - a > 1e-10 && it < 200) {
            double m = (a + b) / 2, fm = f(m);
            if ((fm < 0) == (fa < 0)) a = m, fa = fm;
            else b = m;
            it++;
        }
        iters_total += it;
        printf("root %.4f after %d halvings\n", (a + b) / 2, it);
        roots++;
    }
    if (f(hi) == 0 && roots < 10) { printf("root %.4f (exact)\n", hi); roots++; }
    printf("roots=%d iterations=%d f(lo)=%.4f f(hi)=%.4f\n", roots, iters_total, f(lo), f(hi));
    return 0;
}
