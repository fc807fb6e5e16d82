#include <stdio.h>

int main(void) {
    int target, k;
    int coins[10];
    unsigned long long ways[2001];
    int minc[2001];
    if (scanf("%d %d", &target, &k) != 2) return 1;
    if (target < 0) target = 0;
    if (target > 2000) target = 2000;
    if (k < 0) k = 0;
    if (k > 10) k = 10;
    for (int i = 0; i < k; i++) {
        if (scanf("%d", &coins[i]) != 1) { k = i; break; }
        if (coins[i] < 1) coins[i] = 1;
    }
    for (int t = 0; t <= target; t++) { ways[t] = t == 0; minc[t] = t == 0 ? 0 : -1; }
    for (int i = 0; i < k; i++)
        for (int t = coins[i]; t <= target; t++) {
            ways[t] += ways[t - coins[i]];
            int prev = minc[t - coins[i]];
            if (prev >= 0 && (minc[t] < 0 || prev + 1 < minc[t])) minc[t] = prev + 1;
        }
    printf("ways=%llu min_coins=%d\n", ways[target], minc[target]);
    return 0;
}
