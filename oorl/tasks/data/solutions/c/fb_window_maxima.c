#include <stdlib.h>

long long* window_maxima(const long long* xs, size_t xs_len, long long k, size_t* out_len) {
    size_t w = (size_t)k;
    if (k < 1 || xs_len < w) {
        *out_len = 0;
        return NULL;
    }
    long long* out = malloc(sizeof(long long) * (xs_len - w + 1));
    /* deque[head..tail): indices of the current window whose values decrease; the front is the max. */
    size_t* deque = malloc(sizeof(size_t) * xs_len);
    size_t head = 0, tail = 0, n = 0;
    for (size_t i = 0; i < xs_len; i++) {
        while (tail > head && xs[deque[tail - 1]] <= xs[i]) tail--;
        deque[tail++] = i;
        if (deque[head] + w <= i) head++;  /* the front has left the window */
        if (i + 1 >= w) out[n++] = xs[deque[head]];
    }
    free(deque);
    *out_len = n;
    return out;
}
