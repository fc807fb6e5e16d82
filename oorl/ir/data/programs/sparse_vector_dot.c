#include <stdio.h>

struct entry { int idx; long long val; };

static int read_vec(struct entry *v, int cap) {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    if (k < 0) k = 0;
    if (k > cap) k = cap;
    int n = 0;
    for (int i = 0; i < k; i++) {
        int idx;
        long long val;
        if (scanf("%d %lld", &idx, &val) != 2) break;
        if (val > 1000000 || val < -1000000) val = 0;
        if (n > 0 && idx <= v[n - 1].idx) continue;
        v[n].idx = idx;
        v[n].val = val;
        n++;
    }
    return n;
}

int main(void) {
    struct entry a[50], b[50];
    int na = read_vec(a, 50), nb = read_vec(b, 50);
    long long dot = 0;
    int i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        if (a[i].idx == b[j].idx) { dot += a[i].val * b[j].val; common++; i++; j++; }
        else if (a[i].idx < b[j].idx) i++;
        else j++;
    }
    printf("na=%d nb=%d common=%d dot=%lld\n", na, nb, common, dot);
    return 0;
}
