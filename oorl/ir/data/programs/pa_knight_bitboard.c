#include <stdint.h>
#include <stdio.h>

static const uint64_t NOT_A = 0xfefefefefefefefeULL, NOT_AB = 0xfcfcfcfcfcfcfcfcULL;
static const uint64_t NOT_H = 0x7f7f7f7f7f7f7f7fULL, NOT_GH = 0x3f3f3f3f3f3f3f3fULL;

/* Square index = rank * 8 + file, a1 = bit 0. */
static uint64_t knight_moves(uint64_t b) {
    return ((b << 17) & NOT_A) | ((b << 15) & NOT_H) | ((b << 10) & NOT_AB) | ((b << 6) & NOT_GH) |
           ((b >> 17) & NOT_H) | ((b >> 15) & NOT_A) | ((b >> 10) & NOT_GH) | ((b >> 6) & NOT_AB);
}

static int popcount(uint64_t x) {
    int n = 0;
    while (x) { x &= x - 1; n++; }
    return n;
}

int main(void) {
    char sq[8], target[8];
    int k;
    if (scanf("%7s %7s %d", sq, target, &k) != 3) { printf("need: start target max_moves\n"); return 0; }
    if (sq[0] < 'a' || sq[0] > 'h' || sq[1] < '1' || sq[1] > '8' || target[0] < 'a' || target[0] > 'h' ||
        target[1] < '1' || target[1] > '8') { printf("bad square\n"); return 0; }
    if (k < 0) k = 0;
    if (k > 8) k = 8;
    uint64_t seen = 1ULL << ((sq[1] - '1') * 8 + (sq[0] - 'a'));
    uint64_t goal = 1ULL << ((target[1] - '1') * 8 + (target[0] - 'a'));
    uint64_t frontier = seen;
    int reached_at = seen & goal ? 0 : -1;
    printf("from %s:", sq);
    for (int step = 1; step <= k && frontier; step++) {
        frontier = knight_moves(frontier) & ~seen;
        seen |= frontier;
        if (reached_at < 0 && (frontier & goal)) reached_at = step;
        printf(" %d", popcount(frontier));
    }
    printf("\nseen=%d %s %s\n", popcount(seen), target, reached_at >= 0 ? "reached" : "not reached");
    if (reached_at >= 0) printf("distance=%d\n", reached_at);
    for (int r = 7; r >= 0; r--) {
        for (int f = 0; f < 8; f++) putchar(seen >> (r * 8 + f) & 1 ? 'x' : '.');
        putchar('\n');
    }
    return 0;
}
