#include <stdio.h>
#include <string.h>

#define MAXN 20000

static unsigned char composite[MAXN + 1];

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    if (n < 0) n = 0;
    if (n > MAXN) n = MAXN;
    memset(composite, 0, sizeof composite);
    int count = 0, last = -1, twin = 0;
    for (int i = 2; i <= n; i++) {
        if (composite[i]) continue;
        count++;
        if (last > 0 && i - last == 2) twin++;
        last = i;
        for (long long j = (long long)i * i; j <= n; j += i) composite[j] = 1;
    }
    printf("primes<=%d: %d\n", n, count);
    printf("largest: %d\n", last);
    printf("twin pairs: %d\n", twin);
    return 0;
}
