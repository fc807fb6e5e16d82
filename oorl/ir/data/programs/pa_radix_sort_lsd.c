#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int n = 0, cap = 8;
    uint32_t *key = malloc(sizeof *key * (size_t)cap);
    if (!key) return 0;
    long long v;
    while (n < 5000 && scanf("%lld", &v) == 1) {
        if (v < INT32_MIN) v = INT32_MIN;
        if (v > INT32_MAX) v = INT32_MAX;
        if (n == cap) {
            cap *= 2;
            uint32_t *bigger = realloc(key, sizeof *key * (size_t)cap);
            if (!bigger) { free(key); return 0; }
            key = bigger;
        }
        /* Flipping the sign bit makes unsigned order agree with signed order. */
        key[n++] = (uint32_t)(int32_t)v ^ 0x80000000u;
    }
    uint32_t *tmp = malloc(sizeof *tmp * (size_t)(n + 1));
    if (!tmp) { free(key); return 0; }
    int skipped = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        size_t count[257] = {0};
        for (int i = 0; i < n; i++) count[((key[i] >> shift) & 0xffu) + 1]++;
        if (n > 0 && count[((key[0] >> shift) & 0xffu) + 1] == (size_t)n) { skipped++; continue; }
        for (int b = 0; b < 256; b++) count[b + 1] += count[b];
        for (int i = 0; i < n; i++) tmp[count[(key[i] >> shift) & 0xffu]++] = key[i];
        memcpy(key, tmp, sizeof *key * (size_t)n);
    }
    int sorted = 1, dups = 0;
    uint32_t hash = 0;
    for (int i = 0; i < n; i++) {
        int32_t x = (int32_t)(key[i] ^ 0x80000000u);
        if (i < 10 || i == n - 1) printf("%s%d", i ? " " : "", x);
        if (i == 10 && n > 11) printf(" ...");
        if (i > 0 && key[i - 1] > key[i]) sorted = 0;
        if (i > 0 && key[i - 1] == key[i]) dups++;
        hash = hash * 2654435761u + key[i];
    }
    printf("%sn=%d passes_skipped=%d dups=%d sorted=%s hash=%08x\n", n ? "\n" : "", n, skipped, dups, sorted ? "yes" : "no", hash);
    free(key);
    free(tmp);
    return 0;
}
