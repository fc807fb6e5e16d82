#include <stdbool.h>
#include <stdio.h>

static bool palindrome_in(unsigned long v, unsigned base) {
    unsigned char digits[64];
    int n = 0;
    do {
        digits[n++] = (unsigned char)(v % base);
        v /= base;
    } while (v);
    for (int i = 0, j = n - 1; i < j; i++, j--)
        if (digits[i] != digits[j]) return false;
    return true;
}

int main(void) {
    unsigned long lo, hi;
    unsigned b1, b2;
    if (scanf("%lu %lu %u %u", &lo, &hi, &b1, &b2) != 4) { printf("usage: lo hi base1 base2\n"); return 0; }
    if (b1 < 2 || b1 > 36 || b2 < 2 || b2 > 36) { printf("bad base\n"); return 0; }
    if (hi > 2000000) hi = 2000000;
    int count = 0, shown = 0;
    unsigned long sum = 0, last = 0;
    int only1 = 0, only2 = 0;
    for (unsigned long v = lo; v <= hi; v++) {
        bool p1 = palindrome_in(v, b1), p2 = palindrome_in(v, b2);
        only1 += p1 && !p2;
        only2 += p2 && !p1;
        if (!(p1 && p2)) continue;
        count++;
        sum += v;
        last = v;
        if (shown < 10) { printf("%s%lu", shown ? " " : "", v); shown++; }
    }
    if (shown) printf("\n");
    printf("both=%d sum=%lu last=%lu only_b%u=%d only_b%u=%d\n", count, sum, last, b1, only1, b2, only2);
    return 0;
}
