#include <math.h>
#include <stdio.h>

#define N 6

int main(void) {
    int n;
    double a[N][N + 1];
    if (scanf("%d", &n) != 1 || n < 1 || n > N) { printf("size must be 1..%d\n", N); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= n; j++)
            if (scanf("%lf", &a[i][j]) != 1) a[i][j] = 0.0;
    int swaps = 0, rank = 0;
    double det = 1.0;
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int r = col + 1; r < n; r++)
            if (fabs(a[r][col]) > fabs(a[piv][col])) piv = r;
        if (fabs(a[piv][col]) < 1e-12) { det = 0.0; continue; }
        if (piv != col) {
            for (int j = 0; j <= n; j++) { double t = a[col][j]; a[col][j] = a[piv][j]; a[piv][j] = t; }
            swaps++;
            det = -det;
        }
        rank++;
        det *= a[col][col];
        for (int r = col + 1; r < n; r++) {
            double f = a[r][col] / a[col][col];
            for (int j = col; j <= n; j++) a[r][j] -= f * a[col][j];
        }
    }
    printf("rank=%d swaps=%d det=%.4f\n", rank, swaps, det + 0.0);
    if (rank < n) {
        printf("singular system\n");
        return 0;
    }
    double x[N];
    for (int i = n - 1; i >= 0; i--) {
        double s = a[i][n];
        for (int j = i + 1; j < n; j++) s -= a[i][j] * x[j];
        x[i] = s / a[i][i];
    }
    for (int i = 0; i < n; i++) printf("x%d = %.4f\n", i + 1, x[i] + 0.0);
    return 0;
}
