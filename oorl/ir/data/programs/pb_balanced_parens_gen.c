#include <stdio.h>

static char buf[40];
static int pairs, max_depth, shown;
static unsigned long long total, by_peak[21];

/* Generates every balanced string of `pairs` pairs whose nesting never exceeds max_depth. */
static void gen(int pos, int open, int close, int depth, int peak) {
    if (pos == 2 * pairs) {
        total++;
        by_peak[peak]++;
        if (shown < 4) { buf[pos] = '\0'; printf(" %s", buf); shown++; }
        return;
    }
    if (open < pairs && depth < max_depth) {
        buf[pos] = '(';
        gen(pos + 1, open + 1, close, depth + 1, depth + 1 > peak ? depth + 1 : peak);
    }
    if (close < open) {
        buf[pos] = ')';
        gen(pos + 1, open, close + 1, depth - 1, peak);
    }
}

int main(void) {
    while (scanf("%d %d", &pairs, &max_depth) == 2) {
        if (pairs < 0 || pairs > 14 || max_depth < 0) { printf("n=%d: out of range\n", pairs); continue; }
        if (max_depth > pairs) max_depth = pairs;
        total = 0;
        shown = 0;
        for (int i = 0; i <= 20; i++) by_peak[i] = 0;
        printf("n=%d depth<=%d:", pairs, max_depth);
        gen(0, 0, 0, 0, 0);
        printf("\n  total=%llu peaks:", total);
        for (int d = 0; d <= max_depth; d++)
            if (by_peak[d]) printf(" %d:%llu", d, by_peak[d]);
        printf("\n");
    }
    return 0;
}
