#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2 || n < 1 || k < 1) return 1;
    int* circle = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) circle[i] = i + 1;
    /* pos: the index, in the people still standing, of the one who counts as 1. */
    int size = n, pos = 0;
    while (size > 0) {
        pos = (int)((pos + (k - 1) % size) % size);
        printf(size == n ? "%d" : " %d", circle[pos]);
        for (int i = pos; i + 1 < size; i++) circle[i] = circle[i + 1];
        size--;
        if (size > 0) pos %= size;
    }
    putchar('\n');
    free(circle);
    return 0;
}
