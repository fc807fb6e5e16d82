#include <math.h>
#include <stdio.h>

int main(void) {
    long long x[150], y[150];
    int n = 0;
    while (n < 150 && scanf("%lld %lld", &x[n], &y[n]) == 2)
        if (x[n] >= -50000 && x[n] <= 50000 && y[n] >= -50000 && y[n] <= 50000) n++;
    if (n < 2) { printf("need two points, got %d\n", n); return 0; }
    long long best = -1, worst = -1;
    int bi = 0, bj = 1, wi = 0, wj = 1, same = 0, manhattan_max = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            long long dx = x[i] - x[j], dy = y[i] - y[j], d = dx * dx + dy * dy;
            if (d == 0) same++;
            if (best < 0 || d < best) { best = d; bi = i; bj = j; }
            if (d > worst) { worst = d; wi = i; wj = j; }
            long long md = (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
            if (md > manhattan_max) manhattan_max = (int)md;
        }
    printf("n=%d duplicates=%d\n", n, same);
    printf("closest #%d #%d d2=%lld d=%.4f\n", bi, bj, best, sqrt((double)best));
    printf("farthest #%d #%d d2=%lld d=%.4f\n", wi, wj, worst, sqrt((double)worst));
    printf("max manhattan=%d ratio=%.4f\n", manhattan_max, best ? sqrt((double)worst / (double)best) : 0.0);
    return 0;
}
