#include <stdio.h>
#include <stdlib.h>

static int cand[20], n, target, chosen[64], depth_max;
static int solutions, shown;

static int asc(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* Each candidate may be reused; combinations are non-decreasing so each set is found once. */
static void search(int start, int remaining, int depth) {
    if (remaining == 0) {
        solutions++;
        if (depth > depth_max) depth_max = depth;
        if (shown < 5) {
            printf(" {");
            for (int i = 0; i < depth; i++) printf("%s%d", i ? "+" : "", chosen[i]);
            printf("}");
            shown++;
        }
        return;
    }
    for (int i = start; i < n && cand[i] <= remaining && depth < 64; i++) {
        if (i > start && cand[i] == cand[i - 1]) continue;
        chosen[depth] = cand[i];
        search(i, remaining - cand[i], depth + 1);
    }
}

int main(void) {
    if (scanf("%d %d", &target, &n) != 2 || n < 0 || n > 20 || target < 0 || target > 60) {
        printf("bad input\n");
        return 0;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        int v;
        if (scanf("%d", &v) != 1) break;
        if (v > 0 && v <= 200) cand[k++] = v;
    }
    n = k;
    qsort(cand, (size_t)n, sizeof cand[0], asc);
    printf("target %d:", target);
    search(0, target, 0);
    printf("\nsolutions=%d longest=%d\n", solutions, depth_max);
    return 0;
}
