#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2 || n < 1) return 1;
    long long* a = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 1;
    qsort(a, (size_t)n, sizeof(long long), cmp_ll);
    /* Two pointers over the sorted values, one run of equal values at a time. */
    long long pairs = 0;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long sum = a[lo] + a[hi];  /* |sum| <= 2 * 10^12 */
        if (sum < target) {
            lo++;
        } else if (sum > target) {
            hi--;
        } else if (a[lo] == a[hi]) {
            long long k = hi - lo + 1;  /* every pair inside this run of equal values */
            pairs += k * (k - 1) / 2;
            break;
        } else {
            long long left = 1, right = 1;
            while (lo + 1 < hi && a[lo + 1] == a[lo]) lo++, left++;
            while (hi - 1 > lo && a[hi - 1] == a[hi]) hi--, right++;
            pairs += left * right;
            lo++;
            hi--;
        }
    }
    printf("%lld\n", pairs);
    free(a);
    return 0;
}
