#include <stdio.h>

static const char* classify(long long a, long long b, long long c) {
    /* Sort so that c is the longest side; sums stay within 2 * 10^9. */
    long long t;
    if (a > b) { t = a; a = b; b = t; }
    if (b > c) { t = b; b = c; c = t; }
    if (a > b) { t = a; a = b; b = t; }
    if (a <= 0 || c >= a + b) return "invalid";
    if (a == c) return "equilateral";
    if (a == b || b == c) return "isosceles";
    return "scalene";
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0) {
        long long a, b, c;
        if (scanf("%lld %lld %lld", &a, &b, &c) != 3) return 1;
        puts(classify(a, b, c));
    }
    return 0;
}
