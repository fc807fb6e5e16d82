#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct point { unsigned x, y; uint32_t code; };

static uint32_t spread(uint32_t v) {
    v &= 0xffffu;
    v = (v | (v << 8)) & 0x00ff00ffu;
    v = (v | (v << 4)) & 0x0f0f0f0fu;
    v = (v | (v << 2)) & 0x33333333u;
    v = (v | (v << 1)) & 0x55555555u;
    return v;
}

static uint32_t compact(uint32_t v) {
    v &= 0x55555555u;
    v = (v | (v >> 1)) & 0x33333333u;
    v = (v | (v >> 2)) & 0x0f0f0f0fu;
    v = (v | (v >> 4)) & 0x00ff00ffu;
    v = (v | (v >> 8)) & 0x0000ffffu;
    return v;
}

static int by_code(const void *a, const void *b) {
    const struct point *p = a, *q = b;
    return (p->code > q->code) - (p->code < q->code);
}

int main(void) {
    struct point pts[32];
    int n = 0, clipped = 0;
    while (n < 32 && scanf("%u %u", &pts[n].x, &pts[n].y) == 2) {
        if (pts[n].x > 0xffffu || pts[n].y > 0xffffu) clipped++;
        pts[n].x &= 0xffffu;
        pts[n].y &= 0xffffu;
        pts[n].code = spread(pts[n].x) | spread(pts[n].y) << 1;
        n++;
    }
    qsort(pts, (size_t)n, sizeof pts[0], by_code);
    int roundtrip_ok = 1;
    long long path = 0;
    for (int i = 0; i < n; i++) {
        if (compact(pts[i].code) != pts[i].x || compact(pts[i].code >> 1) != pts[i].y) roundtrip_ok = 0;
        if (i < 12) printf("(%u,%u)=%08x\n", pts[i].x, pts[i].y, pts[i].code);
        if (i > 0) {
            long long dx = (long long)pts[i].x - pts[i - 1].x, dy = (long long)pts[i].y - pts[i - 1].y;
            path += (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
        }
    }
    printf("points=%d clipped=%d z_path=%lld roundtrip=%s\n", n, clipped, path, roundtrip_ok ? "ok" : "bad");
    return 0;
}
