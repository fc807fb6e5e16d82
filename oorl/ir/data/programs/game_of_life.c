#include <stdio.h>
#include <string.h>

#define W 10
#define H 8

int main(void) {
    char g[H][W + 1], nx[H][W + 1];
    int gens;
    if (scanf("%d", &gens) != 1) return 1;
    if (gens < 0) gens = 0;
    if (gens > 50) gens = 50;
    for (int r = 0; r < H; r++) {
        if (scanf("%10s", g[r]) != 1) g[r][0] = '\0';
        size_t len = strlen(g[r]);
        for (size_t c = len; c < W; c++) g[r][c] = '.';
        g[r][W] = '\0';
    }
    for (int t = 0; t < gens; t++) {
        for (int r = 0; r < H; r++)
            for (int c = 0; c < W; c++) {
                int live = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        if (!dr && !dc) continue;
                        int rr = (r + dr + H) % H, cc = (c + dc + W) % W;
                        live += g[rr][cc] == '#';
                    }
                nx[r][c] = (live == 3 || (live == 2 && g[r][c] == '#')) ? '#' : '.';
            }
        for (int r = 0; r < H; r++) { memcpy(g[r], nx[r], W); g[r][W] = '\0'; }
    }
    int alive = 0;
    for (int r = 0; r < H; r++) {
        printf("%s\n", g[r]);
        for (int c = 0; c < W; c++) alive += g[r][c] == '#';
    }
    printf("alive=%d\n", alive);
    return 0;
}
