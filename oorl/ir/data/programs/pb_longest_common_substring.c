#include <stdio.h>
#include <string.h>

int main(void) {
    char a[201], b[201];
    static int dp[2][202];
    int pair = 0;
    while (scanf("%200s %200s", a, b) == 2) {
        int n = (int)strlen(a), m = (int)strlen(b), best = 0, end_a = 0, ties = 0;
        memset(dp, 0, sizeof dp);
        for (int i = 1; i <= n; i++) {
            int *cur = dp[i & 1], *prev = dp[(i - 1) & 1];
            for (int j = 1; j <= m; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) { best = cur[j]; end_a = i; ties = 1; }
                else if (cur[j] == best && best > 0) ties++;
            }
        }
        pair++;
        if (best == 0) printf("pair %d: nothing shared\n", pair);
        else printf("pair %d: len=%d '%.*s' ties=%d\n", pair, best, best, a + end_a - best, ties);
    }
    return 0;
}
