#include <stdio.h>
#include <stdlib.h>

#define MOD 1000000007LL

int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2 || amount < 0) return 1;
    /* ways[a]: multisets of the coins seen so far summing to a; coins in the outer loop so order does not count. */
    long long* ways = calloc((size_t)amount + 1, sizeof(long long));
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        int coin;
        if (scanf("%d", &coin) != 1 || coin <= 0) return 1;
        for (int a = coin; a <= amount; a++) ways[a] = (ways[a] + ways[a - coin]) % MOD;
    }
    printf("%lld\n", ways[amount]);
    free(ways);
    return 0;
}
