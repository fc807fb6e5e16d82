#include <stdio.h>

static void to_base(unsigned long long v, int base, char *out) {
    const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[70];
    int k = 0;
    do {
        tmp[k++] = digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v > 0);
    for (int i = 0; i < k; i++) out[i] = tmp[k - 1 - i];
    out[k] = '\0';
}

int main(void) {
    unsigned long long v;
    int base;
    char buf[70];
    while (scanf("%llu %d", &v, &base) == 2) {
        if (base < 2 || base > 36) {
            printf("bad base %d\n", base);
            continue;
        }
        to_base(v, base, buf);
        int digsum = 0;
        for (int i = 0; buf[i]; i++)
            digsum += buf[i] <= '9' ? buf[i] - '0' : buf[i] - 'a' + 10;
        printf("%llu in base %d = %s (digit sum %d)\n", v, base, buf, digsum);
    }
    return 0;
}
