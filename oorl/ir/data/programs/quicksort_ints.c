#include <stdio.h>

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

static int partition(int *a, int lo, int hi) {
    int mid = lo + (hi - lo) / 2;
    swap(&a[mid], &a[hi]);
    int p = a[hi], i = lo;
    for (int j = lo; j < hi; j++)
        if (a[j] < p) swap(&a[i++], &a[j]);
    swap(&a[i], &a[hi]);
    return i;
}

static void qsort_rec(int *a, int lo, int hi, int *calls) {
    (*calls)++;
    if (lo >= hi) return;
    int p = partition(a, lo, hi);
    qsort_rec(a, lo, p - 1, calls);
    qsort_rec(a, p + 1, hi, calls);
}

int main(void) {
    int a[100], n = 0, calls = 0;
    while (n < 100 && scanf("%d", &a[n]) == 1) n++;
    qsort_rec(a, 0, n - 1, &calls);
    for (int i = 0; i < n; i++) printf("%d%c", a[i], i + 1 == n ? '\n' : ' ');
    int sorted = 1;
    for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) sorted = 0;
    printf("n=%d calls=%d sorted=%d\n", n, calls, sorted);
    return 0;
}
