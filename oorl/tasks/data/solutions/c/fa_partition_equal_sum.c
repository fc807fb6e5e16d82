#include <stdbool.h>
#include <stdlib.h>

bool partition_equal_sum(const long long* xs, size_t xs_len) {
    long long total = 0;
    for (size_t i = 0; i < xs_len; i++) total += xs[i];
    if (total % 2 != 0) return false;
    long long half = total / 2;
    /* reach[s]: some subset of the elements seen so far sums to s. */
    bool* reach = calloc((size_t)half + 1, sizeof(bool));
    reach[0] = true;
    for (size_t i = 0; i < xs_len; i++)
        for (long long s = half; s >= xs[i]; s--)  /* downwards: each element is used at most once */
            if (reach[s - xs[i]]) reach[s] = true;
    bool result = reach[half];
    free(reach);
    return result;
}
