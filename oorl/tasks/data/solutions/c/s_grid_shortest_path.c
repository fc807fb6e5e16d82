#include <stdio.h>
#include <string.h>

enum { MAX = 100 };

static char grid[MAX][MAX + 2];
static int dist[MAX][MAX];
static int queue[MAX * MAX];

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || rows > MAX || cols < 1 || cols > MAX) return 1;
    int head = 0, tail = 0, goal = -1;
    for (int i = 0; i < rows; i++) {
        if (scanf("%101s", grid[i]) != 1 || (int)strlen(grid[i]) != cols) return 1;
        for (int j = 0; j < cols; j++) {
            dist[i][j] = -1;
            if (grid[i][j] == 'S') {
                dist[i][j] = 0;
                queue[tail++] = i * cols + j;
            } else if (grid[i][j] == 'E') {
                goal = i * cols + j;
            }
        }
    }
    static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (head < tail) {  /* breadth-first: each cell is reached first by a shortest walk */
        int r = queue[head] / cols, c = queue[head] % cols;
        head++;
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
            if (grid[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
            dist[nr][nc] = dist[r][c] + 1;
            queue[tail++] = nr * cols + nc;
        }
    }
    printf("%d\n", goal < 0 ? -1 : dist[goal / cols][goal % cols]);
    return 0;
}
