#include <stddef.h>

long long shortest_span_reaching(const long long* xs, size_t xs_len, long long target) {
    /* Sliding window over positive values: grow on the right, then shrink from the left while the sum
       still reaches target. */
    size_t best = 0, left = 0;
    long long sum = 0;
    for (size_t right = 0; right < xs_len; right++) {
        sum += xs[right];
        while (sum >= target) {
            size_t len = right - left + 1;
            if (best == 0 || len < best) best = len;
            sum -= xs[left++];
        }
    }
    return (long long)best;
}
