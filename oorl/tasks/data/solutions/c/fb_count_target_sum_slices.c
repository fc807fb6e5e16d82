#include <stdbool.h>
#include <stdlib.h>

/* An open-addressing hash table from a prefix sum to how often it occurred. */
typedef struct {
    long long* keys;
    long long* counts;
    bool* used;
    size_t mask;
} Table;

static size_t slot(const Table* t, long long key) {
    unsigned long long h = (unsigned long long)key * 0x9E3779B97F4A7C15ULL;
    size_t i = (size_t)(h >> 17) & t->mask;
    while (t->used[i] && t->keys[i] != key) i = (i + 1) & t->mask;
    return i;
}

long long count_target_sum_slices(const long long* xs, size_t xs_len, long long target) {
    size_t cap = 4;
    while (cap < 2 * (xs_len + 1)) cap *= 2;  /* at most half full */
    Table t = {malloc(sizeof(long long) * cap), malloc(sizeof(long long) * cap), calloc(cap, sizeof(bool)),
               cap - 1};
    /* A slice xs[i..j] sums to target exactly when prefix(j + 1) - prefix(i) == target. */
    long long prefix = 0, slices = 0;
    size_t s = slot(&t, 0);
    t.used[s] = true, t.keys[s] = 0, t.counts[s] = 1;
    for (size_t j = 0; j < xs_len; j++) {
        prefix += xs[j];
        size_t want = slot(&t, prefix - target);
        if (t.used[want]) slices += t.counts[want];
        s = slot(&t, prefix);
        if (!t.used[s]) t.used[s] = true, t.keys[s] = prefix, t.counts[s] = 0;
        t.counts[s]++;
    }
    free(t.keys);
    free(t.counts);
    free(t.used);
    return slices;
}
