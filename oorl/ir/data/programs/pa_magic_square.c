#include <stdio.h>
#include <string.h>

#define N 9

static int check(int m[N][N], int n, long *target) {
    long want = 0, diag = 0, anti = 0;
    int seen[N * N + 1] = {0}, ok = 1;
    for (int j = 0; j < n; j++) want += m[0][j];
    for (int i = 0; i < n; i++) {
        long row = 0, col = 0;
        for (int j = 0; j < n; j++) {
            row += m[i][j];
            col += m[j][i];
            int x = m[i][j];
            if (x < 1 || x > n * n || seen[x]++) ok = 0;
        }
        if (row != want || col != want) ok = 0;
        diag += m[i][i];
        anti += m[i][n - 1 - i];
    }
    *target = want;
    return ok && diag == want && anti == want;
}

int main(void) {
    char mode[8];
    int n, m[N][N];
    if (scanf("%7s %d", mode, &n) != 2 || n < 1 || n > N) { printf("usage: check|build n\n"); return 0; }
    if (strcmp(mode, "build") == 0) {
        if (n % 2 == 0) { printf("siamese method needs odd n\n"); return 0; }
        memset(m, 0, sizeof m);
        int i = 0, j = n / 2;
        for (int k = 1; k <= n * n; k++) {
            m[i][j] = k;
            int ni = (i + n - 1) % n, nj = (j + 1) % n;
            if (m[ni][nj]) { ni = (i + 1) % n; nj = j; }
            i = ni;
            j = nj;
        }
    } else {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (scanf("%d", &m[i][j]) != 1) m[i][j] = 0;
    }
    long target;
    int ok = check(m, n, &target);
    for (int i = 0; i < n && n <= 5; i++) {
        for (int j = 0; j < n; j++) printf("%3d", m[i][j]);
        printf("\n");
    }
    printf("%s n=%d sum=%ld expected=%ld corner_sum=%d\n", ok ? "magic" : "not magic", n, target,
           (long)n * (n * n + 1) / 2, m[0][0] + m[0][n - 1] + m[n - 1][0] + m[n - 1][n - 1]);
    return 0;
}
