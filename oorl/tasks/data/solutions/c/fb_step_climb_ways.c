#include <stdlib.h>

long long step_climb_ways(long long n, const long long* steps, size_t steps_len) {
    /* ways[i]: ordered move sequences climbing exactly i stairs. Counted modulo 2^64 (unsigned, so no
       overflow is undefined): only additions are involved, so the final count is exact when it fits. */
    unsigned long long* ways = calloc((size_t)n + 1, sizeof(unsigned long long));
    ways[0] = 1;
    for (long long i = 1; i <= n; i++)
        for (size_t s = 0; s < steps_len; s++)
            if (steps[s] <= i) ways[i] += ways[i - steps[s]];
    long long result = (long long)ways[n];
    free(ways);
    return result;
}
