#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g[24][25];
static int h, w;

/* Recursive flood fill; also counts coastline (land edges touching water or the border). */
static int fill(int r, int c, int *coast) {
    if (r < 0 || c < 0 || r >= h || c >= w || g[r][c] != '#') return 0;
    g[r][c] = 'x';
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    int size = 1;
    for (int d = 0; d < 4; d++) {
        int nr = r + dr[d], nc = c + dc[d];
        if (nr < 0 || nc < 0 || nr >= h || nc >= w || g[nr][nc] == '.') (*coast)++;
        size += fill(nr, nc, coast);
    }
    return size;
}

static int desc(const void *a, const void *b) { return *(const int *)b - *(const int *)a; }

int main(void) {
    if (scanf("%d %d", &h, &w) != 2 || h < 1 || w < 1 || h > 24 || w > 24) { printf("bad map\n"); return 0; }
    for (int r = 0; r < h; r++) {
        if (scanf("%24s", g[r]) != 1) g[r][0] = '\0';
        for (int c = (int)strlen(g[r]); c < w; c++) g[r][c] = '.';
        g[r][w] = '\0';
    }
    int sizes[300], n = 0, coasts = 0;
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++)
            if (g[r][c] == '#' && n < 300) {
                int coast = 0;
                sizes[n++] = fill(r, c, &coast);
                coasts += coast;
            }
    qsort(sizes, (size_t)n, sizeof sizes[0], desc);
    printf("islands=%d coastline=%d sizes:", n, coasts);
    for (int i = 0; i < n && i < 8; i++) printf(" %d", sizes[i]);
    printf("%s\n", n > 8 ? " ..." : "");
    return 0;
}
