#include <stdio.h>

int main(void) {
    int r, c, m[8][8];
    if (scanf("%d %d", &r, &c) != 2) return 1;
    if (r < 1 || r > 8) r = 3;
    if (c < 1 || c > 8) c = 3;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (scanf("%d", &m[i][j]) != 1) m[i][j] = i * c + j;
    int top = 0, bot = r - 1, left = 0, right = c - 1;
    printf("spiral:");
    while (top <= bot && left <= right) {
        for (int j = left; j <= right; j++) printf(" %d", m[top][j]);
        top++;
        for (int i = top; i <= bot; i++) printf(" %d", m[i][right]);
        right--;
        if (top <= bot) {
            for (int j = right; j >= left; j--) printf(" %d", m[bot][j]);
            bot--;
        }
        if (left <= right) {
            for (int i = bot; i >= top; i--) printf(" %d", m[i][left]);
            left++;
        }
    }
    printf("\ntranspose:\n");
    for (int j = 0; j < c; j++)
        for (int i = 0; i < r; i++) printf("%d%c", m[i][j], i + 1 == r ? '\n' : ' ');
    return 0;
}
