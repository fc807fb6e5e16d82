#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0) return 1;
    char* composite = calloc((size_t)n + 1, 1);
    int count = 0;
    for (long long p = 2; p <= n; p++) {
        if (composite[p]) continue;
        count++;
        for (long long q = p * p; q <= n; q += p) composite[q] = 1;
    }
    printf("%d\n", count);
    free(composite);
    return 0;
}
