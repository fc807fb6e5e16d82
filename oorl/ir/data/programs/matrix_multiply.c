#include <stdio.h>

#define N 6

int main(void) {
    int n;
    long long a[N][N], b[N][N], c[N][N];
    if (scanf("%d", &n) != 1) return 1;
    if (n < 1) n = 1;
    if (n > N) n = N;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            long long v;
            if (scanf("%lld", &v) != 1) v = i + j;
            if (v > 1000) v = 1000;
            if (v < -1000) v = -1000;
            a[i][j] = v;
            b[j][i] = v - i;
        }
    long long trace = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            long long s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
            printf("%lld%c", s, j + 1 == n ? '\n' : ' ');
        }
        trace += c[i][i];
    }
    printf("trace %lld\n", trace);
    return 0;
}
