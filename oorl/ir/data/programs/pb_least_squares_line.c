#include <math.h>
#include <stdio.h>

int main(void) {
    double x[200], y[200];
    int n = 0;
    while (n < 200 && scanf("%lf %lf", &x[n], &y[n]) == 2)
        if (fabs(x[n]) < 1e6 && fabs(y[n]) < 1e6) n++;
    if (n < 2) { printf("need at least two points\n"); return 0; }
    double mx = 0, my = 0;
    for (int i = 0; i < n; i++) mx += x[i], my += y[i];
    mx /= n, my /= n;
    double sxx = 0, sxy = 0, syy = 0;
    for (int i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0) { printf("vertical: x=%.4f\n", mx); return 0; }
    double slope = sxy / sxx, icpt = my - slope * mx;
    double sse = 0, worst = 0;
    int worst_i = 0;
    for (int i = 0; i < n; i++) {
        double res = y[i] - (slope * x[i] + icpt);
        sse += res * res;
        if (fabs(res) > worst) { worst = fabs(res); worst_i = i; }
    }
    double r2 = syy > 0 ? 1 - sse / syy : 1.0;
    printf("n=%d slope=%.4f intercept=%.4f r2=%.4f\n", n, slope, icpt, r2);
    printf("worst residual %.4f at point %d; trend %s\n", worst, worst_i,
           slope > 1e-9 ? "up" : slope < -1e-9 ? "down" : "flat");
    return 0;
}
