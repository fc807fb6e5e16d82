#include <stdio.h>

struct ring {
    int data[8];
    int start, len, cap;
    long long sum;
};

static void ring_push(struct ring *r, int v) {
    if (r->len == r->cap) {
        r->sum -= r->data[r->start];
        r->start = (r->start + 1) % r->cap;
        r->len--;
    }
    r->data[(r->start + r->len) % r->cap] = v;
    r->len++;
    r->sum += v;
}

int main(void) {
    struct ring r = {{0}, 0, 0, 0, 0};
    if (scanf("%d", &r.cap) != 1) return 1;
    if (r.cap < 1 || r.cap > 8) r.cap = 4;
    int v, n = 0;
    long long best = -1;
    int best_at = -1;
    while (n < 100 && scanf("%d", &v) == 1) {
        if (v < -100000 || v > 100000) v = 0;
        ring_push(&r, v);
        n++;
        long long scaled = r.sum * 100 / r.len;
        printf("%lld.%02lld ", scaled / 100, (scaled < 0 ? -scaled : scaled) % 100);
        if (r.len == r.cap && (best_at < 0 || r.sum > best)) { best = r.sum; best_at = n - r.cap; }
    }
    printf("\nn=%d best_window_start=%d best_sum=%lld\n", n, best_at, best);
    return 0;
}
