#include <stdio.h>

static int lowest_bit_index(unsigned v) {
    int i = 0;
    while (!(v & 1u)) { v >>= 1; i++; }
    return i;
}

int main(void) {
    int n;
    long target, w[20];
    if (scanf("%d %ld", &n, &target) != 2 || n < 0 || n > 20) { printf("need n<=20 and a target\n"); return 0; }
    for (int i = 0; i < n; i++) {
        if (scanf("%ld", &w[i]) != 1) { n = i; break; }
        if (w[i] > 1000000 || w[i] < -1000000) w[i] = w[i] % 1000000;
    }
    /* Walk subsets in Gray-code order so each step toggles exactly one element. */
    long sum = 0;
    unsigned mask = 0, best_mask = 0;
    int hits = target == 0, best_size = target == 0 ? 0 : 99;
    long closest = target < 0 ? -target : target;
    for (unsigned i = 1; i < (1u << n); i++) {
        int b = lowest_bit_index(i);
        mask ^= 1u << b;
        sum += (mask >> b) & 1u ? w[b] : -w[b];
        long gap = sum > target ? sum - target : target - sum;
        if (gap < closest) closest = gap;
        if (sum != target) continue;
        hits++;
        int size = 0;
        for (unsigned m = mask; m; m &= m - 1) size++;
        if (size < best_size || (size == best_size && mask < best_mask)) { best_size = size; best_mask = mask; }
    }
    printf("n=%d target=%ld subsets=%d closest_gap=%ld\n", n, target, hits, hits ? 0L : closest);
    if (hits) {
        printf("smallest (%d items):", best_size);
        for (int i = 0; i < n; i++)
            if (best_mask >> i & 1u) printf(" w[%d]=%ld", i, w[i]);
        printf("\n");
    }
    return 0;
}
