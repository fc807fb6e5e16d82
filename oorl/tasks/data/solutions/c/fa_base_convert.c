#include <stdlib.h>

char* base_convert(long long n, long long base) {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    /* Work on the magnitude as unsigned: -n overflows for the most negative n. */
    unsigned long long mag = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    unsigned long long b = (unsigned long long)base;
    char buf[72];
    size_t len = 0;
    do {
        buf[len++] = digits[mag % b];
        mag /= b;
    } while (mag > 0);
    if (n < 0) buf[len++] = '-';
    char* out = malloc(len + 1);
    for (size_t i = 0; i < len; i++) out[i] = buf[len - 1 - i];
    out[len] = '\0';
    return out;
}
