#include <stdlib.h>

typedef struct {
    long long value;
    size_t count;
} Group;

static int by_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

static int by_count_then_value(const void* a, const void* b) {
    const Group *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return (x->value > y->value) - (x->value < y->value);
}

long long* sort_by_frequency(const long long* xs, size_t xs_len, size_t* out_len) {
    long long* out = malloc(sizeof(long long) * (xs_len + 1));
    Group* groups = malloc(sizeof(Group) * (xs_len + 1));
    for (size_t i = 0; i < xs_len; i++) out[i] = xs[i];
    qsort(out, xs_len, sizeof(long long), by_value);
    size_t n = 0;
    for (size_t i = 0; i < xs_len;) {
        size_t j = i;
        while (j < xs_len && out[j] == out[i]) j++;
        groups[n++] = (Group){out[i], j - i};
        i = j;
    }
    qsort(groups, n, sizeof(Group), by_count_then_value);
    size_t k = 0;
    for (size_t g = 0; g < n; g++)
        for (size_t c = 0; c < groups[g].count; c++) out[k++] = groups[g].value;
    free(groups);
    *out_len = xs_len;
    return out;
}
