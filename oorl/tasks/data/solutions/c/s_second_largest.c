#include <stdbool.h>
#include <stdio.h>

int main(void) {
    int n;
    long long best, second = 0;
    bool has_second = false;
    if (scanf("%d %lld", &n, &best) != 2) return 1;
    for (int i = 1; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        if (x > best) {
            second = best;
            has_second = true;
            best = x;
        } else if (x < best && (!has_second || x > second)) {
            second = x;
            has_second = true;
        }
    }
    if (has_second) printf("%lld\n", second);
    else puts("NONE");
    return 0;
}
