#include <stdio.h>
#include <string.h>

#define MAXN 200

struct stats { long compares, moves; };

static struct stats shell_sort(int *a, int n, const int *gaps, int ngaps) {
    struct stats s = {0, 0};
    for (int g = 0; g < ngaps; g++) {
        int h = gaps[g];
        if (h >= n) continue;
        for (int i = h; i < n; i++) {
            int x = a[i], j = i;
            while (j >= h && (s.compares++, a[j - h] > x)) {
                a[j] = a[j - h];
                j -= h;
                s.moves++;
            }
            a[j] = x;
        }
    }
    return s;
}

int main(void) {
    int n = 0, orig[MAXN], work[MAXN];
    while (n < MAXN && scanf("%d", &orig[n]) == 1) n++;
    int shell[16], knuth[16], ciura[] = {701, 301, 132, 57, 23, 10, 4, 1};
    int ns = 0, nk = 0;
    for (int h = n / 2; h > 0; h /= 2) shell[ns++] = h;
    if (ns == 0) shell[ns++] = 1;
    int hk = 1;
    while (hk * 3 + 1 < n) hk = hk * 3 + 1;
    for (; hk > 0; hk /= 3) knuth[nk++] = hk;
    const char *names[] = {"shell", "knuth", "ciura"};
    const int *seqs[] = {shell, knuth, ciura};
    const int lens[] = {ns, nk, 8};
    long best = -1;
    int winner = 0;
    for (int k = 0; k < 3; k++) {
        memcpy(work, orig, sizeof(int) * (size_t)n);
        struct stats s = shell_sort(work, n, seqs[k], lens[k]);
        int ok = 1;
        for (int i = 1; i < n; i++) ok &= work[i - 1] <= work[i];
        printf("%s: gaps=%d compares=%ld moves=%ld %s\n", names[k], lens[k], s.compares, s.moves, ok ? "sorted" : "BROKEN");
        if (best < 0 || s.compares < best) { best = s.compares; winner = k; }
    }
    if (n > 0) printf("min=%d max=%d median=%d fewest compares: %s\n", work[0], work[n - 1], work[n / 2], names[winner]);
    else printf("empty input\n");
    return 0;
}
