#include <stdio.h>
#include <string.h>

static char g[8][9];
static int h, w;
static long visits;

/* Backtracking over 8-neighbour paths that never reuse a cell. */
static int find(int r, int c, const char *word) {
    visits++;
    if (r < 0 || c < 0 || r >= h || c >= w || g[r][c] != *word) return 0;
    if (word[1] == '\0') return 1;
    char saved = g[r][c];
    g[r][c] = '\0'; /* a used cell matches no letter */
    int found = 0;
    for (int dr = -1; dr <= 1 && !found; dr++)
        for (int dc = -1; dc <= 1 && !found; dc++)
            if (dr || dc) found = find(r + dr, c + dc, word + 1);
    g[r][c] = saved;
    return found;
}

int main(void) {
    if (scanf("%d %d", &h, &w) != 2 || h < 1 || w < 1 || h > 8 || w > 8) { printf("bad grid\n"); return 0; }
    for (int r = 0; r < h; r++) {
        if (scanf("%8s", g[r]) != 1) g[r][0] = '\0';
        for (int c = (int)strlen(g[r]); c < w; c++) g[r][c] = '.';
        g[r][w] = '\0';
    }
    char word[32];
    int found_count = 0, total = 0, letters = 0;
    while (scanf("%31s", word) == 1) {
        int at_r = -1, at_c = -1;
        visits = 0;
        total++;
        for (int r = 0; r < h && at_r < 0; r++)
            for (int c = 0; c < w && at_r < 0; c++)
                if (find(r, c, word)) at_r = r, at_c = c;
        if (at_r >= 0) {
            found_count++;
            letters += (int)strlen(word);
            printf("%s: at (%d,%d) visits=%ld\n", word, at_r, at_c, visits);
        } else {
            printf("%s: absent visits=%ld\n", word, visits);
        }
    }
    printf("found %d of %d, %d letters\n", found_count, total, letters);
    return 0;
}
