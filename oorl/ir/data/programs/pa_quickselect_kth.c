#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int partitions;

static void swap(long *a, long *b) { long t = *a; *a = *b; *b = t; }

/* k is 0-based; the range a[lo..hi] always contains the answer. */
static long select_kth(long *a, int lo, int hi, int k) {
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap(&a[mid], &a[lo]);
        if (a[hi] < a[lo]) swap(&a[hi], &a[lo]);
        if (a[hi] < a[mid]) swap(&a[hi], &a[mid]);
        swap(&a[mid], &a[hi]);
        long pivot = a[hi];
        int store = lo;
        for (int i = lo; i < hi; i++)
            if (a[i] < pivot) swap(&a[i], &a[store++]);
        swap(&a[store], &a[hi]);
        partitions++;
        if (k == store) return a[store];
        if (k < store) hi = store - 1;
        else lo = store + 1;
    }
    return a[lo];
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 1000) { printf("need 1..1000 values\n"); return 0; }
    long *v = malloc(sizeof *v * (size_t)n), *work = malloc(sizeof *work * (size_t)n);
    if (!v || !work) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%ld", &v[i]) != 1) v[i] = (long)(i * 37 % 101);
    int k, queries = 0;
    while (queries < 8 && scanf("%d", &k) == 1) {
        queries++;
        if (k < 1 || k > n) { printf("k=%d out of range\n", k); continue; }
        memcpy(work, v, sizeof *v * (size_t)n);
        partitions = 0;
        long x = select_kth(work, 0, n - 1, k - 1);
        int less = 0, equal = 0;
        for (int i = 0; i < n; i++) { less += v[i] < x; equal += v[i] == x; }
        printf("k=%d -> %ld (partitions=%d, %d smaller, %d equal)\n", k, x, partitions, less, equal);
    }
    memcpy(work, v, sizeof *v * (size_t)n);
    long lo_med = select_kth(work, 0, n - 1, (n - 1) / 2);
    memcpy(work, v, sizeof *v * (size_t)n);
    long hi_med = select_kth(work, 0, n - 1, n / 2);
    printf("median=%.1f\n", ((double)lo_med + (double)hi_med) / 2.0);
    free(v);
    free(work);
    return 0;
}
