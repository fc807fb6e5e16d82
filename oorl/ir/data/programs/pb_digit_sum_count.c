#include <stdio.h>
#include <string.h>

/* Counts x in [0, N] whose digit sum is divisible by k, by digit DP over the decimal string of N. */
static char digits[24];
static int len, k;
static long long memo[24][200][2];
static int seen[24][200][2];

static long long count(int pos, int rem, int tight) {
    if (pos == len) return rem == 0;
    if (seen[pos][rem][tight]) return memo[pos][rem][tight];
    int limit = tight ? digits[pos] - '0' : 9;
    long long total = 0;
    for (int d = 0; d <= limit; d++) total += count(pos + 1, (rem + d) % k, tight && d == limit);
    seen[pos][rem][tight] = 1;
    return memo[pos][rem][tight] = total;
}

int main(void) {
    unsigned long long n;
    while (scanf("%llu %d", &n, &k) == 2) {
        if (k < 1 || k > 199 || n > 999999999999999999ULL) { printf("skip\n"); continue; }
        len = sprintf(digits, "%llu", n);
        memset(seen, 0, sizeof seen);
        long long c = count(0, 0, 1);
        unsigned long long brute = 0;
        if (n <= 5000) {
            for (unsigned long long x = 0; x <= n; x++) {
                unsigned s = 0;
                for (unsigned long long y = x; y; y /= 10) s += (unsigned)(y % 10);
                brute += s % (unsigned)k == 0;
            }
        }
        printf("N=%llu k=%d count=%lld brute=%s\n", n, k, c, n <= 5000 ? (brute == (unsigned long long)c ? "agrees" : "DIFFERS") : "skipped");
    }
    return 0;
}
