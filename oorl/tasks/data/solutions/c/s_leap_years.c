#include <stdio.h>

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0) {
        long long y;
        if (scanf("%lld", &y) != 1) return 1;
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        puts(leap ? "YES" : "NO");
    }
    return 0;
}
