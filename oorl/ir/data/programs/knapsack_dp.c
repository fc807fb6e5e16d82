#include <stdio.h>

int main(void) {
    int n, cap;
    int w[50], v[50];
    long long dp[1001];
    if (scanf("%d %d", &n, &cap) != 2) return 1;
    if (n < 0) n = 0;
    if (n > 50) n = 50;
    if (cap < 0) cap = 0;
    if (cap > 1000) cap = 1000;
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &w[i], &v[i]) != 2) { n = i; break; }
        if (w[i] < 1) w[i] = 1;
        if (v[i] < 0) v[i] = 0;
        if (v[i] > 100000) v[i] = 100000;
    }
    for (int c = 0; c <= cap; c++) dp[c] = 0;
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            if (dp[c - w[i]] + v[i] > dp[c]) dp[c] = dp[c - w[i]] + v[i];
    printf("best=%lld\n", dp[cap]);
    int first = 0;
    while (first < cap && dp[first] < dp[cap]) first++;
    printf("min capacity for best=%d\n", first);
    return 0;
}
