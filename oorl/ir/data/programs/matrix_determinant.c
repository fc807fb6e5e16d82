#include <stdio.h>

static long long det(long long m[6][6], int n) {
    if (n == 1) return m[0][0];
    long long sub[6][6], total = 0;
    for (int col = 0; col < n; col++) {
        for (int i = 1; i < n; i++) {
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (j == col) continue;
                sub[i - 1][k++] = m[i][j];
            }
        }
        long long term = m[0][col] * det(sub, n - 1);
        total += (col % 2 == 0) ? term : -term;
    }
    return total;
}

int main(void) {
    int n;
    long long m[6][6];
    if (scanf("%d", &n) != 1) return 1;
    if (n < 1 || n > 6) n = 2;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            if (scanf("%lld", &m[i][j]) != 1) m[i][j] = (i == j) ? 2 : 0;
            if (m[i][j] > 50) m[i][j] = 50;
            if (m[i][j] < -50) m[i][j] = -50;
        }
    printf("det=%lld\n", det(m, n));
    return 0;
}
