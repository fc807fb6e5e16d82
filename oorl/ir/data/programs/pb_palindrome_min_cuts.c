#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define MAXN 128

static bool pal[MAXN][MAXN];

int main(void) {
    char s[MAXN + 1];
    int cut[MAXN], from[MAXN];
    while (scanf("%128s", s) == 1) {
        int n = (int)strlen(s);
        for (int len = 1; len <= n; len++)
            for (int i = 0; i + len <= n; i++) {
                int j = i + len - 1;
                pal[i][j] = s[i] == s[j] && (len <= 2 || pal[i + 1][j - 1]);
            }
        for (int j = 0; j < n; j++) {
            cut[j] = j;
            from[j] = 0;
            for (int i = 0; i <= j; i++) {
                if (!pal[i][j]) continue;
                int c = i == 0 ? 0 : cut[i - 1] + 1;
                if (c < cut[j]) { cut[j] = c; from[j] = i; }
            }
        }
        printf("%s cuts=%d:", s, cut[n - 1]);
        int starts[MAXN], k = 0;
        for (int j = n - 1; j >= 0; j = from[j] - 1) starts[k++] = j;
        for (int t = k - 1; t >= 0; t--) {
            int end = starts[t];
            int begin = from[end];
            printf(" %.*s", end - begin + 1, s + begin);
        }
        printf("\n");
    }
    return 0;
}
