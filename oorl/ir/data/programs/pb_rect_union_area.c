#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

/* Union area and the area covered at least twice, by coordinate compression. */
int main(void) {
    long long r[50][4], xs[100], ys[100];
    int n = 0;
    while (n < 50 && scanf("%lld %lld %lld %lld", &r[n][0], &r[n][1], &r[n][2], &r[n][3]) == 4) {
        if (r[n][0] > r[n][2]) { long long t = r[n][0]; r[n][0] = r[n][2]; r[n][2] = t; }
        if (r[n][1] > r[n][3]) { long long t = r[n][1]; r[n][1] = r[n][3]; r[n][3] = t; }
        if (r[n][0] < -1000000 || r[n][3] > 1000000 || r[n][1] < -1000000 || r[n][2] > 1000000) continue;
        xs[2 * n] = r[n][0], xs[2 * n + 1] = r[n][2];
        ys[2 * n] = r[n][1], ys[2 * n + 1] = r[n][3];
        n++;
    }
    qsort(xs, (size_t)(2 * n), sizeof xs[0], cmp_ll);
    qsort(ys, (size_t)(2 * n), sizeof ys[0], cmp_ll);
    long long once = 0, twice = 0, naive = 0;
    int max_cover = 0;
    for (int i = 0; i + 1 < 2 * n; i++) {
        if (xs[i] == xs[i + 1]) continue;
        for (int j = 0; j + 1 < 2 * n; j++) {
            if (ys[j] == ys[j + 1]) continue;
            int cover = 0;
            for (int k = 0; k < n; k++)
                cover += r[k][0] <= xs[i] && xs[i + 1] <= r[k][2] && r[k][1] <= ys[j] && ys[j + 1] <= r[k][3];
            long long cell = (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
            if (cover >= 1) once += cell;
            if (cover >= 2) twice += cell;
            if (cover > max_cover) max_cover = cover;
        }
    }
    for (int k = 0; k < n; k++) naive += (r[k][2] - r[k][0]) * (r[k][3] - r[k][1]);
    printf("rects=%d union=%lld overlap2=%lld sum=%lld max_depth=%d\n", n, once, twice, naive, max_cover);
    return 0;
}
