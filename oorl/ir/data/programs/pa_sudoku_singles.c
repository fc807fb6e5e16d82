#include <stdio.h>

static int popcount9(unsigned m) { int n = 0; for (; m; m &= m - 1) n++; return n; }

int main(void) {
    int g[9][9] = {{0}}, filled = 0, conflicts = 0, c;
    for (int k = 0; k < 81;) {
        if ((c = getchar()) == EOF) break;
        if (c >= '1' && c <= '9') {
            g[k / 9][k % 9] = c - '0';
            k++;
            filled++;
        } else if (c == '.' || c == '0') {
            k++; /* blank cell; a short grid leaves the rest blank too */
        }
    }
    if (filled == 0) { printf("empty grid\n"); return 0; }
    unsigned row[9] = {0}, col[9] = {0}, box[9] = {0};
    for (int r = 0; r < 9; r++)
        for (int q = 0; q < 9; q++) {
            int v = g[r][q];
            if (!v) continue;
            unsigned bit = 1u << v;
            if ((row[r] | col[q] | box[r / 3 * 3 + q / 3]) & bit) conflicts++;
            row[r] |= bit; col[q] |= bit; box[r / 3 * 3 + q / 3] |= bit;
        }
    if (conflicts) { printf("invalid: %d conflicts\n", conflicts); return 0; }
    int placed = 0, rounds = 0, progress = 1, stuck = 0;
    while (progress) {
        progress = 0;
        rounds++;
        stuck = 0;
        for (int r = 0; r < 9; r++)
            for (int q = 0; q < 9; q++) {
                if (g[r][q]) continue;
                unsigned cand = ~(row[r] | col[q] | box[r / 3 * 3 + q / 3]) & 0x3feu;
                if (popcount9(cand) != 1) { stuck++; continue; }
                int v = 0;
                while (!(cand >> v & 1u)) v++;
                g[r][q] = v;
                row[r] |= cand; col[q] |= cand; box[r / 3 * 3 + q / 3] |= cand;
                placed++;
                progress = 1;
            }
    }
    printf("givens=%d placed=%d rounds=%d open=%d\n", filled, placed, rounds, stuck);
    for (int r = 0; r < 9; r++) {
        for (int q = 0; q < 9; q++) putchar(g[r][q] ? '0' + g[r][q] : '.');
        putchar('\n');
    }
    return 0;
}
