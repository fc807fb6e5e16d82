#include <stdio.h>
#include <string.h>

enum { MAX = 100 };

static char grid[MAX][MAX + 2];
static int stack[MAX * MAX];

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || rows > MAX || cols < 1 || cols > MAX) return 1;
    for (int i = 0; i < rows; i++)
        if (scanf("%101s", grid[i]) != 1 || (int)strlen(grid[i]) != cols) return 1;
    static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    int islands = 0;
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
            if (grid[i][j] != '#') continue;
            /* Sink the whole island so that each is counted once; a cell is pushed only after it is sunk. */
            islands++;
            int top = 0;
            grid[i][j] = '.';
            stack[top++] = i * cols + j;
            while (top > 0) {
                int cell = stack[--top], r = cell / cols, c = cell % cols;
                for (int d = 0; d < 4; d++) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '#') continue;
                    grid[nr][nc] = '.';
                    stack[top++] = nr * cols + nc;
                }
            }
        }
    }
    printf("%d\n", islands);
    return 0;
}
