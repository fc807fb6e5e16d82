#include <limits.h>
#include <stdio.h>

#define MAXM 12

static unsigned long long cost[MAXM][MAXM];
static int split[MAXM][MAXM];

static void show(int i, int j) {
    if (i == j) { printf("%c", 'A' + i); return; }
    printf("(");
    show(i, split[i][j]);
    show(split[i][j] + 1, j);
    printf(")");
}

int main(void) {
    int n;
    unsigned long long dim[MAXM + 1];
    while (scanf("%d", &n) == 1) {
        if (n < 1 || n > MAXM) { printf("bad count %d\n", n); return 0; }
        for (int i = 0; i <= n; i++)
            if (scanf("%llu", &dim[i]) != 1 || dim[i] == 0 || dim[i] > 1000) { printf("bad dims\n"); return 0; }
        for (int i = 0; i < n; i++) cost[i][i] = 0;
        for (int len = 2; len <= n; len++)
            for (int i = 0; i + len - 1 < n; i++) {
                int j = i + len - 1;
                cost[i][j] = ULLONG_MAX;
                for (int k = i; k < j; k++) {
                    unsigned long long c = cost[i][k] + cost[k + 1][j] + dim[i] * dim[k + 1] * dim[j + 1];
                    if (c < cost[i][j]) { cost[i][j] = c; split[i][j] = k; }
                }
            }
        unsigned long long naive = 0, rows = dim[0];
        for (int k = 1; k < n; k++) naive += rows * dim[k] * dim[k + 1];
        printf("best=%llu left-to-right=%llu order=", cost[0][n - 1], naive);
        show(0, n - 1);
        printf("\n");
    }
    return 0;
}
