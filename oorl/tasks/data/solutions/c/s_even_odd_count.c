#include <stdio.h>

int main(void) {
    int n, even = 0, odd = 0;
    if (scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        if (x % 2 == 0) even++;  /* a negative odd x leaves -1, which is still non-zero */
        else odd++;
    }
    printf("%d %d\n", even, odd);
    return 0;
}
