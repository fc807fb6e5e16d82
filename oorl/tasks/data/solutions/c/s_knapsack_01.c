#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2 || cap < 0) return 1;
    /* best[w]: the greatest value within weight w using the items so far (totals stay below 10^12). */
    long long* best = calloc((size_t)cap + 1, sizeof(long long));
    for (int i = 0; i < n; i++) {
        int weight;
        long long value;
        if (scanf("%d %lld", &weight, &value) != 2 || weight < 1) return 1;
        for (int w = cap; w >= weight; w--)  /* downwards, so each item is used at most once */
            if (best[w - weight] + value > best[w]) best[w] = best[w - weight] + value;
    }
    printf("%lld\n", best[cap]);
    free(best);
    return 0;
}
