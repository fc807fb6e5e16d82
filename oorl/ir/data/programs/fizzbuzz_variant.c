#include <stdio.h>

int main(void) {
    int a, b, n;
    if (scanf("%d %d %d", &a, &b, &n) != 3) return 1;
    if (a < 1) a = 3;
    if (b < 1) b = 5;
    if (n < 0) n = 0;
    if (n > 40) n = 40;
    int fa = 0, fb = 0, both = 0;
    for (int i = 1; i <= n; i++) {
        int da = i % a == 0, db = i % b == 0;
        if (da && db) {
            printf("FB");
            both++;
        } else if (da) {
            printf("F");
            fa++;
        } else if (db) {
            printf("B");
            fb++;
        } else {
            printf("%d", i);
        }
        putchar(i == n ? '\n' : ',');
    }
    printf("counts %d %d %d\n", fa, fb, both);
    return 0;
}
