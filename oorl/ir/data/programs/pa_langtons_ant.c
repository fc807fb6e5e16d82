#include <stdio.h>
#include <string.h>

int main(void) {
    int w, h;
    long steps;
    if (scanf("%d %d %ld", &w, &h, &steps) != 3) { printf("need w h steps\n"); return 0; }
    if (w < 1 || h < 1 || w > 32 || h > 32) { printf("bad grid\n"); return 0; }
    if (steps < 0) steps = 0;
    if (steps > 50000) steps = 50000;
    unsigned char grid[32][32];
    memset(grid, 0, sizeof grid);
    static const int dx[4] = {0, 1, 0, -1}, dy[4] = {-1, 0, 1, 0};
    int x = w / 2, y = h / 2, dir = 0, black = 0, wraps = 0;
    for (long s = 0; s < steps; s++) {
        if (grid[y][x]) { dir = (dir + 3) % 4; black--; }
        else { dir = (dir + 1) % 4; black++; }
        grid[y][x] ^= 1;
        int nx = x + dx[dir], ny = y + dy[dir];
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) wraps++;
        x = (nx + w) % w;
        y = (ny + h) % h;
    }
    unsigned hash = 5381;
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++) hash = hash * 33u + grid[r][c];
    printf("ant at (%d,%d) facing %c, black=%d wraps=%d hash=%08x\n", x, y, "NESW"[dir], black, wraps, hash);
    if (w * h <= 100)
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) putchar(r == y && c == x ? 'A' : grid[r][c] ? '#' : '.');
            putchar('\n');
        }
    return 0;
}
