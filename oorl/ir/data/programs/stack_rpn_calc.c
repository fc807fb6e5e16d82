#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(void) {
    long long st[64];
    int sp = 0, errors = 0;
    char tok[32];
    while (scanf("%31s", tok) == 1) {
        if (strlen(tok) == 1 && strchr("+-*/", tok[0])) {
            if (sp < 2) { errors++; continue; }
            long long b = st[--sp], a = st[--sp], r = 0;
            switch (tok[0]) {
            case '+': r = a + b; break;
            case '-': r = a - b; break;
            case '*': r = a * b; break;
            default:
                if (b == 0) { errors++; r = 0; } else r = a / b;
            }
            if (r > 1000000000LL) r %= 1000000007LL;
            if (r < -1000000000LL) r = -((-r) % 1000000007LL);
            st[sp++] = r;
        } else {
            long long v = strtoll(tok, NULL, 10);
            if (v > 100000) v = 100000;
            if (v < -100000) v = -100000;
            if (sp < 64) st[sp++] = v; else errors++;
        }
    }
    printf("depth=%d errors=%d\n", sp, errors);
    for (int i = 0; i < sp; i++) printf("[%d]=%lld\n", i, st[i]);
    return 0;
}
