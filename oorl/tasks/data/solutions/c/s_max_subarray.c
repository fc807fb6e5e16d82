#include <stdio.h>

int main(void) {
    int n;
    long long x;
    if (scanf("%d %lld", &n, &x) != 2) return 1;
    /* Kadane: ending is the best sum of a part ending at the current element. */
    long long ending = x, best = x;
    for (int i = 1; i < n; i++) {
        if (scanf("%lld", &x) != 1) return 1;
        ending = ending > 0 ? ending + x : x;
        if (ending > best) best = ending;
    }
    printf("%lld\n", best);
    return 0;
}
