#include <stdint.h>
#include <stdio.h>

static uint32_t reverse32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
    return (x >> 16) | (x << 16);
}

static uint32_t rotl32(uint32_t x, unsigned r) {
    r &= 31u;
    return r ? (x << r) | (x >> (32u - r)) : x;
}

static int clz32(uint32_t x) {
    if (x == 0) return 32;
    int n = 0;
    for (uint32_t bit = 0x80000000u; !(x & bit); bit >>= 1) n++;
    return n;
}

static int ctz32(uint32_t x) {
    if (x == 0) return 32;
    int n = 0;
    while (!(x & 1u)) { x >>= 1; n++; }
    return n;
}

int main(void) {
    unsigned long long raw;
    int rot, lines = 0;
    uint32_t acc = 0;
    while (lines < 10 && scanf("%llx %d", &raw, &rot) == 2) {
        lines++;
        uint32_t x = (uint32_t)raw;
        uint32_t rev = reverse32(x);
        uint32_t r = rot >= 0 ? rotl32(x, (unsigned)rot) : rotl32(x, 32u - ((unsigned)-(long long)rot & 31u));
        int parity = 0;
        for (uint32_t t = x; t; t &= t - 1) parity ^= 1;
        printf("%08x rev=%08x rot%+d=%08x clz=%d ctz=%d parity=%d%s\n", x, rev, rot, r, clz32(x), ctz32(x),
               parity, rev == x ? " bit-palindrome" : "");
        acc = rotl32(acc, 5) ^ rev ^ r;
    }
    printf("lines=%d acc=%08x\n", lines, acc);
    return 0;
}
