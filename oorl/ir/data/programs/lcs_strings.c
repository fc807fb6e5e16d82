#include <stdio.h>
#include <string.h>

static int dp[101][101];

int main(void) {
    char a[101], b[101];
    if (scanf("%100s %100s", a, b) != 2) {
        printf("need two words\n");
        return 0;
    }
    int n = (int)strlen(a), m = (int)strlen(b);
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++) {
            if (i == 0 || j == 0) dp[i][j] = 0;
            else if (a[i - 1] == b[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
            else dp[i][j] = dp[i - 1][j] > dp[i][j - 1] ? dp[i - 1][j] : dp[i][j - 1];
        }
    char out[101];
    int k = dp[n][m], i = n, j = m;
    out[k] = '\0';
    while (i > 0 && j > 0) {
        if (a[i - 1] == b[j - 1]) {
            out[--k] = a[i - 1];
            i--;
            j--;
        } else if (dp[i - 1][j] >= dp[i][j - 1]) {
            i--;
        } else {
            j--;
        }
    }
    printf("lcs length %d: '%s'\n", dp[n][m], out);
    return 0;
}
