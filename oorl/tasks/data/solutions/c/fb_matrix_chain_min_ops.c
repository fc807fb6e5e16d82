#include <stdlib.h>

long long matrix_chain_min_ops(const long long* dims, size_t dims_len) {
    if (dims_len < 3) return 0;
    size_t n = dims_len - 1;  /* matrices */
    /* cost[i * n + j]: the fewest multiplications for the product of matrices i..j, by span length. */
    long long* cost = calloc(n * n, sizeof(long long));
    for (size_t span = 1; span < n; span++) {
        for (size_t i = 0; i + span < n; i++) {
            size_t j = i + span;
            long long best = -1;
            for (size_t k = i; k < j; k++) {  /* the last multiplication joins i..k and k+1..j */
                long long c = cost[i * n + k] + cost[(k + 1) * n + j] + dims[i] * dims[k + 1] * dims[j + 1];
                if (best < 0 || c < best) best = c;
            }
            cost[i * n + j] = best;
        }
    }
    long long result = cost[n - 1];
    free(cost);
    return result;
}
