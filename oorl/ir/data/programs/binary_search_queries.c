#include <stdio.h>

static int lower_bound(const int *a, int n, int key) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int main(void) {
    int n, q;
    int a[128];
    if (scanf("%d", &n) != 1) return 1;
    if (n < 0 || n > 128) n = 0;
    for (int i = 0; i < n; i++) a[i] = i * 3 + (i % 4);
    if (scanf("%d", &q) != 1) return 1;
    if (q > 50) q = 50;
    for (int k = 0; k < q; k++) {
        int key;
        if (scanf("%d", &key) != 1) break;
        int pos = lower_bound(a, n, key);
        if (pos < n && a[pos] == key)
            printf("%d found at %d\n", key, pos);
        else
            printf("%d insert at %d\n", key, pos);
    }
    return 0;
}
