#include <stdlib.h>
#include <string.h>

static int by_bits_then_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    int bx = __builtin_popcountll((unsigned long long)x), by = __builtin_popcountll((unsigned long long)y);
    if (bx != by) return bx < by ? -1 : 1;
    return (x > y) - (x < y);
}

long long* sort_by_set_bits(const long long* xs, size_t xs_len, size_t* out_len) {
    long long* out = malloc(sizeof(long long) * (xs_len + 1));
    if (xs_len > 0) memcpy(out, xs, sizeof(long long) * xs_len);
    qsort(out, xs_len, sizeof(long long), by_bits_then_value);
    *out_len = xs_len;
    return out;
}
