#include <stdio.h>

static int g[81];
static unsigned rows[9], cols[9], boxes[9];
static long nodes;

static int box(int i) { return (i / 27) * 3 + (i % 9) / 3; }

static int bits(unsigned m) {
    int c = 0;
    for (; m; m &= m - 1) c++;
    return c;
}

/* Most-constrained-cell first backtracking with bitmask candidate sets. */
static int solve(void) {
    int best = -1, best_count = 10;
    unsigned best_mask = 0;
    for (int i = 0; i < 81; i++) {
        if (g[i]) continue;
        unsigned m = ~(rows[i / 9] | cols[i % 9] | boxes[box(i)]) & 0x1FFu;
        int c = bits(m);
        if (c < best_count) { best = i; best_count = c; best_mask = m; }
    }
    if (best < 0) return 1;
    for (int d = 0; d < 9; d++) {
        if (!(best_mask >> d & 1u)) continue;
        unsigned bit = 1u << d;
        nodes++;
        g[best] = d + 1;
        rows[best / 9] |= bit, cols[best % 9] |= bit, boxes[box(best)] |= bit;
        if (solve()) return 1;
        rows[best / 9] &= ~bit, cols[best % 9] &= ~bit, boxes[box(best)] &= ~bit;
        g[best] = 0;
    }
    return 0;
}

int main(void) {
    int c, n = 0, clues = 0;
    while (n < 81 && (c = getchar()) != EOF) {
        if (c >= '1' && c <= '9') g[n++] = c - '0';
        else if (c == '.' || c == '0') g[n++] = 0;
    }
    if (n < 81) { printf("need 81 cells, got %d\n", n); return 0; }
    for (int i = 0; i < 81; i++) {
        if (!g[i]) continue;
        unsigned bit = 1u << (g[i] - 1);
        if ((rows[i / 9] | cols[i % 9] | boxes[box(i)]) & bit) { printf("conflict at r%dc%d\n", i / 9 + 1, i % 9 + 1); return 0; }
        rows[i / 9] |= bit, cols[i % 9] |= bit, boxes[box(i)] |= bit;
        clues++;
    }
    if (!solve()) { printf("clues=%d unsolvable after %ld placements\n", clues, nodes); return 0; }
    printf("clues=%d placements=%ld\n", clues, nodes);
    for (int r = 0; r < 9; r++) {
        for (int col = 0; col < 9; col++) putchar('0' + g[r * 9 + col]);
        putchar('\n');
    }
    return 0;
}
