#include <stdio.h>

int main(void) {
    int n;
    long long row[40];
    if (scanf("%d", &n) != 1) return 1;
    if (n < 1) n = 1;
    if (n > 35) n = 35;
    long long odd = 0;
    for (int i = 0; i < n; i++) {
        row[i] = 1;
        for (int j = i - 1; j > 0; j--) row[j] += row[j - 1];
        for (int j = 0; j <= i; j++) if (row[j] & 1) odd++;
        if (i < 8) {
            for (int j = 0; j <= i; j++) printf("%lld%c", row[j], j == i ? '\n' : ' ');
        }
    }
    long long mid = row[(n - 1) / 2];
    printf("rows=%d odd=%lld middle=%lld\n", n, odd, mid);
    return 0;
}
