#include <stdlib.h>
#include <string.h>

static int by_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

static long long* sorted_copy(const long long* xs, size_t n) {
    long long* out = malloc(sizeof(long long) * (n + 1));
    if (n > 0) memcpy(out, xs, sizeof(long long) * n);
    qsort(out, n, sizeof(long long), by_value);
    return out;
}

long long assign_cookies(const long long* greed, size_t greed_len, const long long* sizes, size_t sizes_len) {
    long long* g = sorted_copy(greed, greed_len);
    long long* s = sorted_copy(sizes, sizes_len);
    /* Greedy: give each cookie, smallest first, to the least greedy child it satisfies. */
    size_t child = 0;
    for (size_t c = 0; c < sizes_len && child < greed_len; c++)
        if (s[c] >= g[child]) child++;
    free(g);
    free(s);
    return (long long)child;
}
