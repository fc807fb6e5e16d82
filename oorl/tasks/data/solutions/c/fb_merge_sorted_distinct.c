#include <stdlib.h>

long long* merge_sorted_distinct(const long long* a, size_t a_len, const long long* b, size_t b_len,
                                 size_t* out_len) {
    long long* out = malloc(sizeof(long long) * (a_len + b_len + 1));
    size_t i = 0, j = 0, n = 0;
    while (i < a_len || j < b_len) {
        long long v;
        if (j >= b_len || (i < a_len && a[i] <= b[j])) v = a[i++];
        else v = b[j++];
        if (n == 0 || out[n - 1] != v) out[n++] = v;  /* the merge is sorted: repeats are adjacent */
    }
    *out_len = n;
    return out;
}
