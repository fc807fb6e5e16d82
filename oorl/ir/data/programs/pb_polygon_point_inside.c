#include <stdio.h>
#include <stdlib.h>

/* Crossing-number test with exact integer arithmetic; points on an edge are reported as "edge". */
int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 3 || n > 100) { printf("need 3..100 vertices\n"); return 0; }
    long long *x = malloc(sizeof *x * (size_t)n), *y = malloc(sizeof *y * (size_t)n);
    if (!x || !y) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &x[i], &y[i]) != 2 || llabs(x[i]) > 10000 || llabs(y[i]) > 10000) x[i] = y[i] = 0;
    long long area2 = 0;
    for (int i = 0; i < n; i++) area2 += x[i] * y[(i + 1) % n] - x[(i + 1) % n] * y[i];
    printf("twice_area=%lld orientation=%s\n", llabs(area2), area2 > 0 ? "ccw" : area2 < 0 ? "cw" : "degenerate");
    long long px, py;
    int inside_count = 0;
    while (scanf("%lld %lld", &px, &py) == 2) {
        if (llabs(px) > 10000 || llabs(py) > 10000) { printf("(%lld,%lld) skipped\n", px, py); continue; }
        int crossings = 0, on_edge = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            long long cr = (x[j] - x[i]) * (py - y[i]) - (y[j] - y[i]) * (px - x[i]);
            if (cr == 0 && px >= (x[i] < x[j] ? x[i] : x[j]) && px <= (x[i] > x[j] ? x[i] : x[j]) &&
                py >= (y[i] < y[j] ? y[i] : y[j]) && py <= (y[i] > y[j] ? y[i] : y[j])) { on_edge = 1; break; }
            if ((y[i] > py) != (y[j] > py)) {
                /* x of the crossing is right of px iff the sign of cr matches the edge direction */
                if ((cr > 0) == (y[j] > y[i])) crossings++;
            }
        }
        const char *where = on_edge ? "edge" : crossings % 2 ? "inside" : "outside";
        inside_count += !on_edge && crossings % 2;
        printf("(%lld,%lld) %s\n", px, py, where);
    }
    printf("inside=%d\n", inside_count);
    free(x);
    free(y);
    return 0;
}
