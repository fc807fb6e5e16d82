#include <stdio.h>

#define N 8

static void rotate_cw(int m[N][N], int n) {
    for (int layer = 0; layer < n / 2; layer++) {
        int last = n - 1 - layer;
        for (int i = layer; i < last; i++) {
            int off = i - layer;
            int top = m[layer][i];
            m[layer][i] = m[last - off][layer];
            m[last - off][layer] = m[last][last - off];
            m[last][last - off] = m[i][last];
            m[i][last] = top;
        }
    }
}

int main(void) {
    int n, turns;
    int m[N][N];
    if (scanf("%d %d", &n, &turns) != 2 || n < 1 || n > N) { printf("need size 1..%d and turns\n", N); return 0; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (scanf("%d", &m[i][j]) != 1) m[i][j] = i * n + j;
    int q = ((turns % 4) + 4) % 4;
    for (int t = 0; t < q; t++) rotate_cw(m, n);
    long long trace = 0, anti = 0, border = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            printf("%4d", m[i][j]);
            if (i == 0 || j == 0 || i == n - 1 || j == n - 1) border += m[i][j];
        }
        printf("\n");
        trace += m[i][i];
        anti += m[i][n - 1 - i];
    }
    printf("quarter_turns=%d trace=%lld anti=%lld border=%lld\n", q, trace, anti, border);
    return 0;
}
