#include <stdio.h>
#include <string.h>

enum { MAX = 100 };

static char grid[MAX][MAX + 2];

int main(void) {
    int rows, cols, r = 0, c = 0;
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || rows > MAX || cols < 1 || cols > MAX) return 1;
    for (int i = 0; i < rows; i++) {
        if (scanf("%101s", grid[i]) != 1 || (int)strlen(grid[i]) != cols) return 1;
        for (int j = 0; j < cols; j++)
            if (grid[i][j] == 'R') r = i, c = j;
    }
    /* The rest of the input is the command line, possibly empty: act on each command letter. */
    int cmd;
    while ((cmd = getchar()) != EOF) {
        int nr = r + (cmd == 'D') - (cmd == 'U');
        int nc = c + (cmd == 'R') - (cmd == 'L');
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] != '#') r = nr, c = nc;
    }
    printf("%d %d\n", r + 1, c + 1);
    return 0;
}
