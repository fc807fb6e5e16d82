#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct entry { int r, c; double v; };

int main(void) {
    int rows, cols, nnz;
    if (scanf("%d %d %d", &rows, &cols, &nnz) != 3 || rows < 1 || cols < 1 || rows > 100 || cols > 100 ||
        nnz < 0 || nnz > 1000) { printf("bad header\n"); return 0; }
    struct entry *e = malloc(sizeof *e * (size_t)(nnz + 1));
    int *start = calloc((size_t)rows + 1, sizeof *start), *colidx = malloc(sizeof(int) * (size_t)(nnz + 1));
    double *val = malloc(sizeof(double) * (size_t)(nnz + 1)), x[100], y[100];
    if (!e || !start || !colidx || !val) return 0;
    int kept = 0;
    for (int i = 0; i < nnz; i++) {
        if (scanf("%d %d %lf", &e[kept].r, &e[kept].c, &e[kept].v) != 3) break;
        if (e[kept].r < 0 || e[kept].r >= rows || e[kept].c < 0 || e[kept].c >= cols) continue;
        start[e[kept].r + 1]++;
        kept++;
    }
    for (int i = 0; i < rows; i++) start[i + 1] += start[i];
    int *fill = calloc((size_t)rows, sizeof *fill);
    if (!fill) return 0;
    for (int i = 0; i < kept; i++) { /* counting sort by row keeps input order inside a row */
        int slot = start[e[i].r] + fill[e[i].r]++;
        colidx[slot] = e[i].c;
        val[slot] = e[i].v;
    }
    for (int j = 0; j < cols; j++)
        if (scanf("%lf", &x[j]) != 1) x[j] = 1.0;
    int empty_rows = 0;
    double norm = 0.0;
    printf("row_ptr:");
    for (int i = 0; i <= rows && i <= 12; i++) printf(" %d", start[i]);
    printf("\ny =");
    for (int i = 0; i < rows; i++) {
        y[i] = 0.0;
        for (int k = start[i]; k < start[i + 1]; k++) y[i] += val[k] * x[colidx[k]];
        empty_rows += start[i] == start[i + 1];
        norm += y[i] * y[i];
        if (i < 10) printf(" %.2f", y[i]);
    }
    printf("\nkept=%d empty_rows=%d density=%.3f |y|=%.4f\n", kept, empty_rows, (double)kept / ((double)rows * cols), sqrt(norm));
    free(e); free(start); free(colidx); free(val); free(fill);
    return 0;
}
