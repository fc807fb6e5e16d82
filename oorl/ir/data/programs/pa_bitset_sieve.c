#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Bit i of the sieve stands for the odd number 2*i+1; a set bit marks it composite. */
#define TEST(s, i) ((s)[(i) >> 5] >> ((i) & 31u) & 1u)
#define MARK(s, i) ((s)[(i) >> 5] |= 1u << ((i) & 31u))

int main(void) {
    unsigned long limit;
    if (scanf("%lu", &limit) != 1) { printf("need a limit\n"); return 0; }
    if (limit > 5000000) limit = 5000000;
    if (limit < 2) { printf("no primes up to %lu\n", limit); return 0; }
    unsigned long bits = limit / 2 + 1;
    uint32_t *sieve = calloc(bits / 32 + 1, sizeof *sieve);
    if (!sieve) return 0;
    MARK(sieve, 0);
    for (unsigned long i = 1; (2 * i + 1) * (2 * i + 1) <= limit; i++) {
        if (TEST(sieve, i)) continue;
        unsigned long p = 2 * i + 1;
        for (unsigned long j = p * p / 2; j < bits; j += p) MARK(sieve, j);
    }
    unsigned long count = 1, twins = 0, prev = 2, gap_max = 1, gap_at = 2, last[4] = {0, 2, 0, 0};
    for (unsigned long i = 1; i < bits; i++) {
        unsigned long v = 2 * i + 1;
        if (v > limit || TEST(sieve, i)) continue;
        count++;
        if (v - prev == 2) twins++;
        if (v - prev > gap_max) { gap_max = v - prev; gap_at = prev; }
        prev = v;
        last[count % 4] = v;
    }
    unsigned long words_set = 0;
    for (unsigned long k = 0; k < bits / 32 + 1; k++) words_set += sieve[k] == 0xffffffffu;
    printf("primes<=%lu: %lu twins=%lu max_gap=%lu after %lu full_words=%lu\n", limit, count, twins, gap_max, gap_at, words_set);
    printf("largest:");
    for (unsigned long k = 0; k < 4 && k < count; k++) printf(" %lu", last[(count - k) % 4]);
    printf("\n");
    free(sieve);
    return 0;
}
