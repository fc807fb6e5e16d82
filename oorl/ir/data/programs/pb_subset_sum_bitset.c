#include <stdint.h>
#include <stdio.h>

#define WORDS 32 /* sums 0..2047 */

int main(void) {
    uint64_t reach[WORDS] = {1};
    int n, w, total = 0;
    if (scanf("%d", &n) != 1 || n < 0 || n > 100) { printf("bad n\n"); return 0; }
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &w) != 1 || w < 0 || w > 2047) { printf("bad item %d\n", i); return 0; }
        total += w;
        int ws = w / 64, bs = w % 64;
        for (int k = WORDS - 1; k >= ws; k--) {
            uint64_t shifted = reach[k - ws] << bs;
            if (bs && k - ws - 1 >= 0) shifted |= reach[k - ws - 1] >> (64 - bs);
            reach[k] |= shifted;
        }
    }
    int count = 0, largest = 0;
    for (int s = 0; s < WORDS * 64; s++)
        if (reach[s / 64] >> (s % 64) & 1u) { count++; largest = s; }
    printf("total=%d reachable=%d largest=%d\n", total, count, largest);
    int half = total / 2, best = -1;
    for (int s = half; s >= 0; s--)
        if (s < WORDS * 64 && (reach[s / 64] >> (s % 64) & 1u)) { best = s; break; }
    if (best >= 0) printf("balanced split %d/%d diff=%d\n", best, total - best, total - 2 * best);
    int q;
    while (scanf("%d", &q) == 1)
        printf("sum %d: %s\n", q, q >= 0 && q < WORDS * 64 && (reach[q / 64] >> (q % 64) & 1u) ? "yes" : "no");
    return 0;
}
