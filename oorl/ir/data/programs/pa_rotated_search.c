#include <stdio.h>

static int probes;

/* Index of the smallest element of a rotated ascending array of distinct values. */
static int find_rotation(const int *a, int n) {
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        probes++;
        if (a[mid] > a[hi]) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int search(const int *a, int n, int x) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        probes++;
        if (a[mid] == x) return mid;
        if (a[lo] <= a[mid]) {
            if (a[lo] <= x && x < a[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else {
            if (a[mid] < x && x <= a[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return -1;
}

int main(void) {
    int n, a[256];
    if (scanf("%d", &n) != 1 || n < 1 || n > 256) { printf("need 1..256 values\n"); return 0; }
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1) { n = i; break; }
    if (n == 0) { printf("no values\n"); return 0; }
    int descents = 0;
    for (int i = 0; i + 1 < n; i++) descents += a[i] >= a[i + 1];
    if (descents > 1 || (descents == 1 && a[n - 1] >= a[0])) { printf("not a rotated sorted array\n"); return 0; }
    probes = 0;
    int r = find_rotation(a, n);
    printf("n=%d rotation=%d min=%d max=%d (%d probes)\n", n, r, a[r], a[(r + n - 1) % n], probes);
    int x, found = 0, asked = 0;
    while (asked < 10 && scanf("%d", &x) == 1) {
        asked++;
        probes = 0;
        int at = search(a, n, x);
        found += at >= 0;
        printf("%d -> %d (%d probes)\n", x, at, probes);
    }
    printf("found %d of %d\n", found, asked);
    return 0;
}
