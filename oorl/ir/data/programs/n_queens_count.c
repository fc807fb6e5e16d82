#include <stdio.h>

static int n_size;
static int solutions;
static int first[12];
static int cols[12];

static void place(int row, unsigned used, unsigned d1, unsigned d2) {
    if (row == n_size) {
        if (solutions == 0)
            for (int i = 0; i < n_size; i++) first[i] = cols[i];
        solutions++;
        return;
    }
    for (int c = 0; c < n_size; c++) {
        unsigned a = 1u << c, b = 1u << (row + c), d = 1u << (row - c + n_size);
        if ((used & a) || (d1 & b) || (d2 & d)) continue;
        cols[row] = c;
        place(row + 1, used | a, d1 | b, d2 | d);
    }
}

int main(void) {
    if (scanf("%d", &n_size) != 1) return 1;
    if (n_size < 1) n_size = 1;
    if (n_size > 9) n_size = 9;
    solutions = 0;
    place(0, 0u, 0u, 0u);
    printf("n=%d solutions=%d\n", n_size, solutions);
    if (solutions > 0) {
        printf("first:");
        for (int i = 0; i < n_size; i++) printf(" %d", first[i]);
        printf("\n");
    }
    return 0;
}
