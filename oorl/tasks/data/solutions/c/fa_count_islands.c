#include <stdlib.h>
#include <string.h>

long long count_islands(const char** grid, size_t grid_len) {
    if (grid_len == 0) return 0;
    size_t rows = grid_len, cols = strlen(grid[0]);
    char* seen = calloc(rows * cols + 1, 1);
    size_t* stack = malloc(sizeof(size_t) * (rows * cols + 1));
    long long islands = 0;
    for (size_t start = 0; start < rows * cols; start++) {
        if (grid[start / cols][start % cols] != '#' || seen[start]) continue;
        /* A new island: mark every land cell reachable from here. */
        islands++;
        size_t top = 0;
        seen[start] = 1;
        stack[top++] = start;
        while (top > 0) {
            size_t cell = stack[--top], r = cell / cols, c = cell % cols;
            size_t near[4];
            size_t k = 0;
            if (r > 0) near[k++] = cell - cols;
            if (r + 1 < rows) near[k++] = cell + cols;
            if (c > 0) near[k++] = cell - 1;
            if (c + 1 < cols) near[k++] = cell + 1;
            for (size_t d = 0; d < k; d++) {
                size_t nb = near[d];
                if (!seen[nb] && grid[nb / cols][nb % cols] == '#') {
                    seen[nb] = 1;
                    stack[top++] = nb;
                }
            }
        }
    }
    free(seen);
    free(stack);
    return islands;
}
