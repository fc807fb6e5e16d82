#include <stdlib.h>
#include <string.h>

long long grid_maze_steps(const char** grid, size_t grid_len) {
    if (grid_len == 0) return -1;
    size_t rows = grid_len, cols = strlen(grid[0]), cells = rows * cols;
    long long* dist = malloc(sizeof(long long) * (cells + 1));
    size_t* queue = malloc(sizeof(size_t) * (cells + 1));
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < cells; c++) {
        dist[c] = -1;
        if (grid[c / cols][c % cols] == 'S') {
            dist[c] = 0;
            queue[tail++] = c;
        }
    }
    long long result = -1;
    /* Breadth-first: cells leave the queue in order of distance, so E's first distance is the least. */
    while (head < tail) {
        size_t cell = queue[head++], r = cell / cols, c = cell % cols;
        if (grid[r][c] == 'E') {
            result = dist[cell];
            break;
        }
        size_t near[4], k = 0;
        if (r > 0) near[k++] = cell - cols;
        if (r + 1 < rows) near[k++] = cell + cols;
        if (c > 0) near[k++] = cell - 1;
        if (c + 1 < cols) near[k++] = cell + 1;
        for (size_t d = 0; d < k; d++) {
            size_t nb = near[d];
            if (dist[nb] < 0 && grid[nb / cols][nb % cols] != '#') {
                dist[nb] = dist[cell] + 1;
                queue[tail++] = nb;
            }
        }
    }
    free(dist);
    free(queue);
    return result;
}
