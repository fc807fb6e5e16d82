#include <stdio.h>

int main(void) {
    int prev = EOF, run = 0, ch;
    /* Echo each run as it ends: the letter, then its length when above 1. */
    do {
        ch = getchar();
        if (ch == '\n' || ch == '\r') ch = EOF;
        if (ch == prev) {
            run++;
            continue;
        }
        if (prev != EOF) {
            putchar(prev);
            if (run > 1) printf("%d", run);
        }
        prev = ch;
        run = 1;
    } while (ch != EOF);
    putchar('\n');
    return 0;
}
