#include <stdio.h>
#include <string.h>

static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *syms[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static int value_of(char c) {
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

int main(void) {
    int n;
    char buf[64];
    while (scanf("%d", &n) == 1) {
        if (n < 1 || n > 3999) {
            printf("%d: out of range\n", n);
            continue;
        }
        buf[0] = '\0';
        int rest = n;
        for (int i = 0; i < 13; i++)
            while (rest >= vals[i]) {
                strcat(buf, syms[i]);
                rest -= vals[i];
            }
        int back = 0;
        size_t len = strlen(buf);
        for (size_t i = 0; i < len; i++) {
            int v = value_of(buf[i]);
            if (i + 1 < len && v < value_of(buf[i + 1])) back -= v; else back += v;
        }
        printf("%d: %s -> %d\n", n, buf, back);
    }
    return 0;
}
