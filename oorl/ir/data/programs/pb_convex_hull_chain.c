#include <stdio.h>
#include <stdlib.h>

struct pt { long long x, y; };

static int cmp(const void *a, const void *b) {
    const struct pt *p = a, *q = b;
    if (p->x != q->x) return p->x < q->x ? -1 : 1;
    return (p->y > q->y) - (p->y < q->y);
}

static long long cross(struct pt o, struct pt a, struct pt b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

int main(void) {
    int n = 0;
    struct pt p[200], hull[401];
    while (n < 200 && scanf("%lld %lld", &p[n].x, &p[n].y) == 2) {
        if (p[n].x < -100000 || p[n].x > 100000 || p[n].y < -100000 || p[n].y > 100000) continue;
        n++;
    }
    qsort(p, (size_t)n, sizeof p[0], cmp);
    int uniq = 0;
    for (int i = 0; i < n; i++)
        if (uniq == 0 || cmp(&p[uniq - 1], &p[i]) != 0) p[uniq++] = p[i];
    int dups = n - uniq, k = 0;
    n = uniq;
    for (int i = 0; i < n; i++) { /* lower hull */
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) k--;
        hull[k++] = p[i];
    }
    for (int i = n - 2, lower = k + 1; i >= 0; i--) { /* upper hull */
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) k--;
        hull[k++] = p[i];
    }
    if (k > 1) k--; /* last point repeats the first */
    long long twice_area = 0, perim_sq_max = 0;
    for (int i = 0; i < k; i++) {
        struct pt a = hull[i], b = hull[(i + 1) % k];
        twice_area += a.x * b.y - b.x * a.y;
        long long dx = a.x - b.x, dy = a.y - b.y;
        if (dx * dx + dy * dy > perim_sq_max) perim_sq_max = dx * dx + dy * dy;
    }
    printf("points=%d dups=%d hull=%d twice_area=%lld longest_edge_sq=%lld\n", n, dups, k, twice_area, perim_sq_max);
    for (int i = 0; i < k && i < 12; i++) printf("(%lld,%lld)%s", hull[i].x, hull[i].y, i + 1 < k && i < 11 ? " " : "\n");
    return 0;
}
