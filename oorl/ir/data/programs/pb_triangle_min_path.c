#include <stdio.h>

int main(void) {
    int n;
    long long t[40][40], lo[40][40], hi[40][40];
    if (scanf("%d", &n) != 1 || n < 1 || n > 40) { printf("bad height\n"); return 0; }
    for (int r = 0; r < n; r++)
        for (int c = 0; c <= r; c++)
            if (scanf("%lld", &t[r][c]) != 1 || t[r][c] < -100000 || t[r][c] > 100000) t[r][c] = 0;
    for (int c = 0; c < n; c++) lo[n - 1][c] = hi[n - 1][c] = t[n - 1][c];
    for (int r = n - 2; r >= 0; r--)
        for (int c = 0; c <= r; c++) {
            long long a = lo[r + 1][c], b = lo[r + 1][c + 1];
            lo[r][c] = t[r][c] + (a <= b ? a : b);
            a = hi[r + 1][c], b = hi[r + 1][c + 1];
            hi[r][c] = t[r][c] + (a >= b ? a : b);
        }
    printf("min=%lld max=%lld\npath:", lo[0][0], hi[0][0]);
    int c = 0;
    unsigned dirs = 0;
    for (int r = 0; r < n; r++) {
        printf(" %lld", t[r][c]);
        if (r + 1 < n && lo[r + 1][c + 1] < lo[r + 1][c]) { c++; dirs |= 1u << r; }
    }
    printf("\nright-steps=%d mask=%x\n", c, dirs);
    return 0;
}
