#include <stdio.h>

static int popcount32(unsigned x) {
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

static unsigned reverse_bits(unsigned x) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1u);
        x >>= 1;
    }
    return r;
}

int main(void) {
    unsigned v;
    int n = 0;
    while (n < 12 && scanf("%u", &v) == 1) {
        int lead = 0;
        for (unsigned m = 0x80000000u; m && !(v & m); m >>= 1) lead++;
        int trail = 0;
        for (unsigned m = 1u; m && !(v & m); m <<= 1) trail++;
        printf("%u: pop=%d lead=%d trail=%d rev=%u parity=%d pow2=%s\n", v, popcount32(v), lead, trail,
               reverse_bits(v), popcount32(v) & 1, (v && !(v & (v - 1))) ? "yes" : "no");
        n++;
    }
    return 0;
}
