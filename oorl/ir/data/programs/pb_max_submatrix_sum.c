#include <stdio.h>

int main(void) {
    int r, c;
    long long a[20][20], col[20];
    if (scanf("%d %d", &r, &c) != 2 || r < 1 || c < 1 || r > 20 || c > 20) { printf("bad size\n"); return 0; }
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (scanf("%lld", &a[i][j]) != 1) a[i][j] = 0;
    long long best = a[0][0];
    int bt = 0, bb = 0, bl = 0, br = 0;
    for (int top = 0; top < r; top++) {
        for (int j = 0; j < c; j++) col[j] = 0;
        for (int bot = top; bot < r; bot++) {
            for (int j = 0; j < c; j++) col[j] += a[bot][j];
            long long run = 0;
            int start = 0;
            for (int j = 0; j < c; j++) { /* Kadane over the column sums */
                if (run <= 0) { run = col[j]; start = j; }
                else run += col[j];
                if (run > best) { best = run; bt = top; bb = bot; bl = start; br = j; }
            }
        }
    }
    printf("best=%lld rows %d..%d cols %d..%d area=%d\n", best, bt, bb, bl, br, (bb - bt + 1) * (br - bl + 1));
    return 0;
}
