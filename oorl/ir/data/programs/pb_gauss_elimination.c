#include <math.h>
#include <stdio.h>

int main(void) {
    int n;
    double a[8][9];
    if (scanf("%d", &n) != 1 || n < 1 || n > 8) { printf("bad size\n"); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= n; j++)
            if (scanf("%lf", &a[i][j]) != 1) a[i][j] = 0;
    double det = 1;
    int swaps = 0, rank = 0;
    int where[8];
    for (int c = 0; c < n; c++) where[c] = -1;
    for (int c = 0, r = 0; c < n && r < n; c++) {
        int piv = r;
        for (int i = r + 1; i < n; i++)
            if (fabs(a[i][c]) > fabs(a[piv][c])) piv = i;
        if (fabs(a[piv][c]) < 1e-12) { det = 0; continue; }
        if (piv != r) {
            for (int j = 0; j <= n; j++) { double t = a[piv][j]; a[piv][j] = a[r][j]; a[r][j] = t; }
            swaps++;
        }
        det *= a[r][c];
        where[c] = r;
        for (int i = 0; i < n; i++) {
            if (i == r) continue;
            double f = a[i][c] / a[r][c];
            for (int j = c; j <= n; j++) a[i][j] -= f * a[r][j];
        }
        r++;
        rank++;
    }
    if (swaps % 2) det = -det;
    printf("rank=%d det=%.4f swaps=%d\n", rank, rank == n ? det : 0.0, swaps);
    int consistent = 1;
    for (int i = rank; i < n; i++)
        if (fabs(a[i][n]) > 1e-9) consistent = 0;
    if (!consistent) { printf("no solution\n"); return 0; }
    if (rank < n) { printf("infinitely many solutions\n"); return 0; }
    for (int c = 0; c < n; c++) {
        double x = a[where[c]][n] / a[where[c]][c];
        printf("x%d=%.4f\n", c, fabs(x) < 5e-5 ? 0.0 : x);
    }
    return 0;
}
