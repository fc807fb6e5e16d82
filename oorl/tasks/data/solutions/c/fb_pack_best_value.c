#include <stdlib.h>

long long pack_best_value(const long long* weights, size_t weights_len, const long long* values, size_t values_len,
                          long long capacity) {
    size_t n = weights_len < values_len ? weights_len : values_len;
    /* best[w]: the largest value of a choice among the items so far weighing at most w. */
    long long* best = calloc((size_t)capacity + 1, sizeof(long long));
    for (size_t i = 0; i < n; i++)
        for (long long w = capacity; w >= weights[i]; w--)  /* downwards: each item at most once */
            if (best[w - weights[i]] + values[i] > best[w]) best[w] = best[w - weights[i]] + values[i];
    long long result = best[capacity];
    free(best);
    return result;
}
