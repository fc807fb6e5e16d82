#include <stdio.h>

int main(void) {
    int n;
    int a[64];
    if (scanf("%d", &n) != 1) return 1;
    if (n < 0) n = 0;
    if (n > 64) n = 64;
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &a[i]) != 1) {
            n = i;
            break;
        }
    }
    long long swaps = 0;
    int passes = 0;
    for (int i = 0; i < n; i++) {
        int swapped = 0;
        for (int j = 0; j + 1 < n - i; j++) {
            if (a[j] > a[j + 1]) {
                int t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swaps++;
                swapped = 1;
            }
        }
        passes++;
        if (!swapped) break;
    }
    for (int i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\nswaps=%lld passes=%d\n", swaps, passes);
    return 0;
}
