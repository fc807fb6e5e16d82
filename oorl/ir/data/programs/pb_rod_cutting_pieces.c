#include <stdio.h>

int main(void) {
    int n, len;
    long long price[64], best[256];
    int choice[256];
    if (scanf("%d", &n) != 1 || n < 1 || n > 63) { printf("bad price list\n"); return 0; }
    for (int i = 1; i <= n; i++)
        if (scanf("%lld", &price[i]) != 1 || price[i] < 0 || price[i] > 1000000) price[i] = 0;
    while (scanf("%d", &len) == 1) {
        if (len < 0 || len > 255) { printf("len %d: skipped\n", len); continue; }
        best[0] = 0;
        for (int L = 1; L <= len; L++) {
            best[L] = -1;
            for (int cut = 1; cut <= n && cut <= L; cut++) {
                long long v = price[cut] + best[L - cut];
                if (v > best[L]) { best[L] = v; choice[L] = cut; }
            }
        }
        printf("len %d: value=%lld pieces=", len, best[len]);
        int pieces = 0;
        for (int L = len; L > 0; L -= choice[L]) { printf("%s%d", pieces ? "+" : "", choice[L]); pieces++; }
        printf("%s count=%d\n", pieces ? "" : "none", pieces);
    }
    return 0;
}
