#include <stdlib.h>

long long* divisors(long long n, size_t* out_len) {
    /* Divisors come in pairs (d, n / d) with d <= sqrt(n): collect the small ones upwards and the large
       ones downwards, then join them. d <= n / d avoids computing d * d. */
    size_t small_n = 0, large_n = 0;
    for (long long d = 1; d <= n / d; d++)
        if (n % d == 0) small_n++;
    long long* out = malloc(sizeof(long long) * 2 * (small_n + 1));
    long long* large = malloc(sizeof(long long) * (small_n + 1));
    size_t count = 0;
    for (long long d = 1; d <= n / d; d++) {
        if (n % d != 0) continue;
        out[count++] = d;
        if (d != n / d) large[large_n++] = n / d;
    }
    while (large_n > 0) out[count++] = large[--large_n];
    free(large);
    *out_len = count;
    return out;
}
