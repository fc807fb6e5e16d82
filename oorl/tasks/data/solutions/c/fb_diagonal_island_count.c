#include <stdlib.h>
#include <string.h>

long long diagonal_island_count(const char** grid, size_t grid_len) {
    if (grid_len == 0) return 0;
    size_t rows = grid_len, cols = strlen(grid[0]), cells = rows * cols;
    char* seen = calloc(cells + 1, 1);
    size_t* stack = malloc(sizeof(size_t) * (cells + 1));
    long long islands = 0;
    for (size_t start = 0; start < cells; start++) {
        if (seen[start] || grid[start / cols][start % cols] != '#') continue;
        /* A new island: mark all land reachable through the 8 neighbours of each cell. */
        islands++;
        size_t top = 0;
        seen[start] = 1;
        stack[top++] = start;
        while (top > 0) {
            size_t cell = stack[--top], r = cell / cols, c = cell % cols;
            for (size_t nr = r > 0 ? r - 1 : r; nr <= r + 1 && nr < rows; nr++) {
                for (size_t nc = c > 0 ? c - 1 : c; nc <= c + 1 && nc < cols; nc++) {
                    size_t nb = nr * cols + nc;
                    if (!seen[nb] && grid[nr][nc] == '#') {
                        seen[nb] = 1;
                        stack[top++] = nb;
                    }
                }
            }
        }
    }
    free(seen);
    free(stack);
    return islands;
}
