#include <stdio.h>

static unsigned to_gray(unsigned n) { return n ^ (n >> 1); }

static unsigned from_gray(unsigned g) {
    for (unsigned shift = 1; shift < 32; shift <<= 1) g ^= g >> shift;
    return g;
}

static void print_bits(unsigned v, int width) {
    for (int i = width - 1; i >= 0; i--) putchar((v >> i) & 1u ? '1' : '0');
}

static int bit_length(unsigned v) {
    int n = 1;
    while (v >>= 1) n++;
    return n;
}

int main(void) {
    unsigned v;
    int count = 0, mismatches = 0;
    while (count < 10 && scanf("%u", &v) == 1) {
        count++;
        unsigned g = to_gray(v), back = from_gray(g);
        int w = bit_length(v);
        printf("%u: bin ", v);
        print_bits(v, w);
        printf(" gray ");
        print_bits(g, w);
        printf(" back=%u\n", back);
        if (back != v) mismatches++;
    }
    /* Adjacent codes in the first 2^k entries differ in exactly one bit. */
    int k = count > 0 ? (int)(v % 17u) : 4;
    unsigned limit = 1u << k, bad_steps = 0, sum = 0;
    for (unsigned i = 0; i + 1 < limit; i++) {
        unsigned diff = to_gray(i) ^ to_gray(i + 1);
        if (diff == 0 || (diff & (diff - 1)) != 0) bad_steps++;
        sum += to_gray(i) * (i + 1);
    }
    printf("values=%d mismatches=%d k=%d bad_steps=%u weighted=%u\n", count, mismatches, k, bad_steps, sum);
    return 0;
}
