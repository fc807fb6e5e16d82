#include <stdio.h>

#define INF (1LL << 50)

int main(void) {
    int n, m, src;
    int eu[500], ev[500];
    long long ew[500], dist[64];
    int pred[64];
    if (scanf("%d %d %d", &n, &m, &src) != 3 || n < 1 || n > 64 || m < 0 || m > 500 || src < 0 || src >= n) {
        printf("bad input\n");
        return 0;
    }
    int k = 0;
    for (int i = 0; i < m; i++) {
        if (scanf("%d %d %lld", &eu[k], &ev[k], &ew[k]) != 3) break;
        if (eu[k] >= 0 && eu[k] < n && ev[k] >= 0 && ev[k] < n && ew[k] > -100000 && ew[k] < 100000) k++;
    }
    for (int i = 0; i < n; i++) dist[i] = INF, pred[i] = -1;
    dist[src] = 0;
    int rounds = 0, last_relaxed = -1;
    for (int it = 0; it < n; it++) {
        last_relaxed = -1;
        for (int e = 0; e < k; e++)
            if (dist[eu[e]] < INF && dist[eu[e]] + ew[e] < dist[ev[e]]) {
                dist[ev[e]] = dist[eu[e]] + ew[e];
                pred[ev[e]] = eu[e];
                last_relaxed = ev[e];
            }
        rounds++;
        if (last_relaxed < 0) break;
    }
    if (last_relaxed >= 0) { /* relaxed in round n: walk back n steps to land on the cycle */
        int x = last_relaxed;
        for (int i = 0; i < n; i++) x = pred[x];
        printf("negative cycle:");
        int y = x;
        do { printf(" %d", y); y = pred[y]; } while (y != x);
        printf("\n");
        return 0;
    }
    printf("rounds=%d\n", rounds);
    for (int i = 0; i < n; i++) {
        if (dist[i] >= INF) printf("%d: unreachable\n", i);
        else printf("%d: %lld via %d\n", i, dist[i], pred[i]);
    }
    return 0;
}
