#include <stdio.h>

#define MAX 10

int main(void) {
    int r, c;
    long v[MAX][MAX];
    if (scanf("%d %d", &r, &c) != 2 || r < 1 || c < 1 || r > MAX || c > MAX) { printf("bad shape\n"); return 0; }
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (scanf("%ld", &v[i][j]) != 1) v[i][j] = 0;
    long row_min[MAX], row_max[MAX], col_min[MAX], col_max[MAX];
    for (int i = 0; i < r; i++) {
        row_min[i] = row_max[i] = v[i][0];
        for (int j = 1; j < c; j++) {
            if (v[i][j] < row_min[i]) row_min[i] = v[i][j];
            if (v[i][j] > row_max[i]) row_max[i] = v[i][j];
        }
    }
    for (int j = 0; j < c; j++) {
        col_min[j] = col_max[j] = v[0][j];
        for (int i = 1; i < r; i++) {
            if (v[i][j] < col_min[j]) col_min[j] = v[i][j];
            if (v[i][j] > col_max[j]) col_max[j] = v[i][j];
        }
    }
    int saddles = 0, peaks = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            long x = v[i][j];
            if ((x == row_min[i] && x == col_max[j]) || (x == row_max[i] && x == col_min[j])) {
                printf("saddle at (%d,%d) = %ld (%s)\n", i, j, x, x == row_min[i] ? "row min, col max" : "row max, col min");
                saddles++;
            }
            int peak = 1;
            for (int di = -1; di <= 1 && peak; di++)
                for (int dj = -1; dj <= 1; dj++) {
                    int ni = i + di, nj = j + dj;
                    if ((di || dj) && ni >= 0 && nj >= 0 && ni < r && nj < c && v[ni][nj] >= x) { peak = 0; break; }
                }
            peaks += peak;
        }
    long maximin = row_min[0], minimax = col_max[0];
    for (int i = 1; i < r; i++) if (row_min[i] > maximin) maximin = row_min[i];
    for (int j = 1; j < c; j++) if (col_max[j] < minimax) minimax = col_max[j];
    printf("saddles=%d strict_peaks=%d maximin=%ld minimax=%ld %s\n", saddles, peaks, maximin, minimax,
           maximin == minimax ? "game has a value" : "no pure value");
    return 0;
}
