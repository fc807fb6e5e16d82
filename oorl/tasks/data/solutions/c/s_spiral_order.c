#include <stdio.h>

int main(void) {
    int rows, cols;
    long long m[20][20];
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || rows > 20 || cols < 1 || cols > 20) return 1;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            if (scanf("%lld", &m[i][j]) != 1) return 1;
    /* Peel the rectangle [top, bottom] x [left, right] one ring at a time. */
    int top = 0, bottom = rows - 1, left = 0, right = cols - 1, printed = 0;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; j++) printf(printed++ ? " %lld" : "%lld", m[top][j]);
        for (int i = top + 1; i <= bottom; i++) printf(" %lld", m[i][right]);
        if (top < bottom)
            for (int j = right - 1; j >= left; j--) printf(" %lld", m[bottom][j]);
        if (left < right)
            for (int i = bottom - 1; i > top; i--) printf(" %lld", m[i][left]);
        top++, bottom--, left++, right--;
    }
    putchar('\n');
    return 0;
}
