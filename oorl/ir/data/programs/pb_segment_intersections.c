#include <stdio.h>

struct seg { long long x1, y1, x2, y2; };

static int sign(long long v) { return (v > 0) - (v < 0); }

static int orient(long long ax, long long ay, long long bx, long long by, long long cx, long long cy) {
    return sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

static int on_seg(long long ax, long long ay, long long bx, long long by, long long px, long long py) {
    return (px >= (ax < bx ? ax : bx)) && (px <= (ax > bx ? ax : bx)) &&
           (py >= (ay < by ? ay : by)) && (py <= (ay > by ? ay : by));
}

/* 0 = disjoint, 1 = proper crossing, 2 = touching or overlapping */
static int classify(const struct seg *a, const struct seg *b) {
    int o1 = orient(a->x1, a->y1, a->x2, a->y2, b->x1, b->y1), o2 = orient(a->x1, a->y1, a->x2, a->y2, b->x2, b->y2);
    int o3 = orient(b->x1, b->y1, b->x2, b->y2, a->x1, a->y1), o4 = orient(b->x1, b->y1, b->x2, b->y2, a->x2, a->y2);
    if (o1 * o2 < 0 && o3 * o4 < 0) return 1;
    if (o1 == 0 && on_seg(a->x1, a->y1, a->x2, a->y2, b->x1, b->y1)) return 2;
    if (o2 == 0 && on_seg(a->x1, a->y1, a->x2, a->y2, b->x2, b->y2)) return 2;
    if (o3 == 0 && on_seg(b->x1, b->y1, b->x2, b->y2, a->x1, a->y1)) return 2;
    if (o4 == 0 && on_seg(b->x1, b->y1, b->x2, b->y2, a->x2, a->y2)) return 2;
    return 0;
}

int main(void) {
    struct seg s[40];
    int n = 0;
    while (n < 40 && scanf("%lld %lld %lld %lld", &s[n].x1, &s[n].y1, &s[n].x2, &s[n].y2) == 4) {
        long long lim = 1000000;
        if (s[n].x1 < -lim || s[n].x1 > lim || s[n].y1 < -lim || s[n].y1 > lim ||
            s[n].x2 < -lim || s[n].x2 > lim || s[n].y2 < -lim || s[n].y2 > lim) continue;
        n++;
    }
    int counts[3] = {0}, per[40] = {0};
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int c = classify(&s[i], &s[j]);
            counts[c]++;
            if (c) per[i]++, per[j]++;
        }
    int busiest = 0;
    for (int i = 1; i < n; i++)
        if (per[i] > per[busiest]) busiest = i;
    printf("segments=%d disjoint=%d crossing=%d touching=%d\n", n, counts[0], counts[1], counts[2]);
    if (n) printf("busiest=%d with %d contacts\n", busiest, per[busiest]);
    return 0;
}
