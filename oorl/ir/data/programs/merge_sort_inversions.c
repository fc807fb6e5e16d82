#include <stdio.h>

static long long merge_count(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = lo + (hi - lo) / 2;
    long long inv = merge_count(a, tmp, lo, mid) + merge_count(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) tmp[k++] = a[i++];
        else {
            inv += mid - i;
            tmp[k++] = a[j++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (int t = lo; t < hi; t++) a[t] = tmp[t];
    return inv;
}

int main(void) {
    int a[200], tmp[200], n = 0;
    while (n < 200 && scanf("%d", &a[n]) == 1) n++;
    long long inv = merge_count(a, tmp, 0, n);
    printf("inversions=%lld\n", inv);
    if (n > 0) printf("min=%d max=%d median=%d\n", a[0], a[n - 1], a[n / 2]);
    return 0;
}
