#include <stdio.h>
#include <string.h>

int main(void) {
    int h, w;
    char g[16][17];
    int dist[16][16];
    int qr[256], qc[256];
    if (scanf("%d %d", &h, &w) != 2) return 1;
    if (h < 1 || h > 16 || w < 1 || w > 16) { printf("bad size\n"); return 0; }
    for (int r = 0; r < h; r++) {
        if (scanf("%16s", g[r]) != 1) g[r][0] = '\0';
        for (int c = (int)strlen(g[r]); c < w; c++) g[r][c] = '.';
        g[r][w] = '\0';
    }
    memset(dist, -1, sizeof dist);
    int head = 0, tail = 0;
    if (g[0][0] != '#') { dist[0][0] = 0; qr[tail] = 0; qc[tail++] = 0; }
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    while (head < tail) {
        int r = qr[head], c = qc[head++];
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nc < 0 || nr >= h || nc >= w) continue;
            if (g[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
            dist[nr][nc] = dist[r][c] + 1;
            qr[tail] = nr;
            qc[tail++] = nc;
        }
    }
    printf("reachable=%d distance=%d\n", tail, dist[h - 1][w - 1]);
    return 0;
}
