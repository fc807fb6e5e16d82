#include <stdio.h>
#include <stdlib.h>

static int cmp_uint(const void *a, const void *b) {
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0 || n > 10000) { printf("bad count\n"); return 0; }
    unsigned *v = malloc(sizeof *v * (size_t)(n + 1));
    if (!v) return 0;
    unsigned all = 0;
    int got = 0;
    while (got < n && scanf("%u", &v[got]) == 1) all ^= v[got++];
    /* Any set bit of a^b splits the array into two groups, each holding one unique value. */
    unsigned split = all & (~all + 1u), a = 0, b = 0;
    for (int i = 0; i < got; i++) {
        if (v[i] & split) a ^= v[i];
        else b ^= v[i];
    }
    if (a > b) { unsigned t = a; a = b; b = t; }
    qsort(v, (size_t)got, sizeof *v, cmp_uint);
    int odd = 0, distinct = 0;
    unsigned odd_vals[2] = {0, 0};
    for (int i = 0; i < got;) {
        int j = i;
        while (j < got && v[j] == v[i]) j++;
        distinct++;
        if ((j - i) & 1) {
            if (odd < 2) odd_vals[odd] = v[i];
            odd++;
        }
        i = j;
    }
    printf("read=%d distinct=%d xor=%u split=%u\n", got, distinct, all, split);
    if (odd == 2 && odd_vals[0] == a && odd_vals[1] == b) printf("uniques: %u %u\n", a, b);
    else printf("input does not have exactly two unpaired values (%d odd counts; xor guess %u %u)\n", odd, a, b);
    free(v);
    return 0;
}
