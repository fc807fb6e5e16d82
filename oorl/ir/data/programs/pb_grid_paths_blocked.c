#include <stdio.h>
#include <string.h>

/* Monotone (right/down) paths from the top-left to the bottom-right corner; '#' blocks, '*' is a toll cell. */
int main(void) {
    int h, w;
    char row[40];
    char g[32][33];
    unsigned long long all[32][32], free_of_toll[32][32];
    if (scanf("%d %d", &h, &w) != 2 || h < 1 || w < 1 || h > 32 || w > 32) { printf("bad grid\n"); return 0; }
    int blocked = 0, tolls = 0;
    for (int r = 0; r < h; r++) {
        if (scanf("%39s", row) != 1) row[0] = '\0';
        int len = (int)strlen(row);
        for (int c = 0; c < w; c++) {
            g[r][c] = c < len ? row[c] : '.';
            blocked += g[r][c] == '#';
            tolls += g[r][c] == '*';
        }
    }
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++) {
            if (g[r][c] == '#') { all[r][c] = free_of_toll[r][c] = 0; continue; }
            if (r == 0 && c == 0) { all[r][c] = 1; free_of_toll[r][c] = g[r][c] != '*'; continue; }
            /* sums stay below C(62,31) < 2^64 */
            all[r][c] = (r > 0 ? all[r - 1][c] : 0) + (c > 0 ? all[r][c - 1] : 0);
            free_of_toll[r][c] = g[r][c] == '*' ? 0
                : (r > 0 ? free_of_toll[r - 1][c] : 0) + (c > 0 ? free_of_toll[r][c - 1] : 0);
        }
    int reachable = 0;
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++) reachable += all[r][c] > 0;
    unsigned long long total = all[h - 1][w - 1], clean = free_of_toll[h - 1][w - 1];
    printf("blocked=%d tolls=%d reachable=%d paths=%llu toll_free=%llu via_toll=%llu\n", blocked, tolls,
           reachable, total, clean, total - clean);
    return 0;
}
