#include <stdlib.h>

double* moving_average(const double* xs, size_t xs_len, long long k, size_t* out_len) {
    size_t w = (size_t)k;
    if (k < 1 || xs_len < w) {
        *out_len = 0;
        return NULL;
    }
    size_t n = xs_len - w + 1;
    double* out = malloc(sizeof(double) * n);
    /* Sum each window afresh: a running sum would carry rounding error from window to window. */
    for (size_t i = 0; i < n; i++) {
        double sum = 0.0;
        for (size_t j = i; j < i + w; j++) sum += xs[j];
        out[i] = sum / (double)k;
    }
    *out_len = n;
    return out;
}
