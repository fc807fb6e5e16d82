#include <stdio.h>

#define MOD 1000000007u

int main(void) {
    int k, steps[8], n;
    if (scanf("%d", &k) != 1 || k < 1 || k > 8) { printf("bad step set\n"); return 0; }
    for (int i = 0; i < k; i++)
        if (scanf("%d", &steps[i]) != 1 || steps[i] < 1 || steps[i] > 50) { printf("bad step\n"); return 0; }
    unsigned ways[1001], no_repeat[1001][8];
    while (scanf("%d", &n) == 1) {
        if (n < 0 || n > 1000) { printf("n=%d out of range\n", n); continue; }
        /* ways: any sequence; no_repeat[s][i]: sequences ending with step i, never the same step twice in a row */
        ways[0] = 1;
        for (int i = 0; i < k; i++) no_repeat[0][i] = 0;
        for (int s = 1; s <= n; s++) {
            unsigned long long w = 0;
            for (int i = 0; i < k; i++) {
                no_repeat[s][i] = 0;
                if (steps[i] > s) continue;
                w += ways[s - steps[i]];
                unsigned long long nr = s == steps[i] ? 1 : 0;
                for (int j = 0; j < k; j++)
                    if (j != i) nr += no_repeat[s - steps[i]][j];
                no_repeat[s][i] = (unsigned)(nr % MOD);
            }
            ways[s] = (unsigned)(w % MOD);
        }
        unsigned long long nr = n == 0 ? 1 : 0;
        for (int i = 0; i < k; i++) nr += no_repeat[n][i];
        printf("n=%d ways=%u alternating=%llu\n", n, ways[n], nr % MOD);
    }
    return 0;
}
