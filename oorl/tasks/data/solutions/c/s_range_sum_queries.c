#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    /* prefix[i] is a_1 + ... + a_i; each sum stays within 10^14. */
    long long* prefix = malloc(sizeof(long long) * ((size_t)n + 1));
    prefix[0] = 0;
    for (int i = 1; i <= n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        prefix[i] = prefix[i - 1] + x;
    }
    if (scanf("%d", &q) != 1) return 1;
    while (q-- > 0) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2 || l < 1 || r > n || l > r) return 1;
        printf("%lld\n", prefix[r] - prefix[l - 1]);
    }
    free(prefix);
    return 0;
}
