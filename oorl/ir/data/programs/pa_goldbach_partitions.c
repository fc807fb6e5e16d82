#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int nums[16], n = 0, maxv = 3;
    while (n < 16 && scanf("%d", &nums[n]) == 1) {
        if (nums[n] > 200000) nums[n] = 200000;
        if (nums[n] > maxv) maxv = nums[n];
        n++;
    }
    char *composite = malloc((size_t)maxv + 1);
    if (!composite) return 0;
    memset(composite, 0, (size_t)maxv + 1);
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i <= maxv; i++)
        if (!composite[i])
            for (long j = i * i; j <= maxv; j += i) composite[j] = 1;
    for (int k = 0; k < n; k++) {
        int v = nums[k];
        if (v < 4) { printf("%d: too small\n", v); continue; }
        if (v % 2) {
            printf("%d: odd, %s\n", v, !composite[v - 2] ? "prime+2" : !composite[v] ? "itself prime" : "needs three primes");
            continue;
        }
        int ways = 0, first = 0, last = 0;
        for (int p = 2; p <= v / 2; p++) {
            if (composite[p] || composite[v - p]) continue;
            if (!ways) first = p;
            last = p;
            ways++;
        }
        printf("%d: %d ways, %d+%d .. %d+%d\n", v, ways, first, v - first, last, v - last);
    }
    printf("checked %d numbers up to %d\n", n, maxv);
    free(composite);
    return 0;
}
