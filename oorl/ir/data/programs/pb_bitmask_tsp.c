#include <stdio.h>

#define MAXN 10
#define INF 1000000000

static int dp[1 << MAXN][MAXN], par[1 << MAXN][MAXN];

int main(void) {
    int n, d[MAXN][MAXN];
    if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) { printf("bad n\n"); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (scanf("%d", &d[i][j]) != 1 || d[i][j] < 0 || d[i][j] > 100000) d[i][j] = INF / 4;
    int full = (1 << n) - 1;
    for (int m = 0; m <= full; m++)
        for (int i = 0; i < n; i++) dp[m][i] = INF;
    dp[1][0] = 0;
    for (int m = 1; m <= full; m++) {
        if (!(m & 1)) continue;
        for (int i = 0; i < n; i++) {
            if (dp[m][i] >= INF || !(m >> i & 1)) continue;
            for (int j = 0; j < n; j++) {
                if (m >> j & 1) continue;
                int v = dp[m][i] + d[i][j];
                if (v < dp[m | 1 << j][j]) { dp[m | 1 << j][j] = v; par[m | 1 << j][j] = i; }
            }
        }
    }
    int best = INF, last = 0;
    for (int i = 0; i < n; i++) {
        int v = dp[full][i] >= INF ? INF : dp[full][i] + (n > 1 ? d[i][0] : 0);
        if (v < best) { best = v; last = i; }
    }
    if (best >= INF / 4) { printf("no tour\n"); return 0; }
    int order[MAXN], k = 0;
    for (int m = full, i = last; k < n; k++) {
        order[k] = i;
        int p = par[m][i];
        m &= ~(1 << i);
        i = p;
    }
    printf("tour=%d route:", best);
    for (int i = n - 1; i >= 0; i--) printf(" %d", order[i]);
    printf(" 0\n");
    return 0;
}
