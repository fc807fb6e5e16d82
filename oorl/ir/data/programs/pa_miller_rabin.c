#include <stdint.h>
#include <stdio.h>

/* Operands stay below 2^32, so every product fits in 64 bits. */
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1 % m;
    b %= m;
    while (e) {
        if (e & 1) r = r * b % m;
        b = b * b % m;
        e >>= 1;
    }
    return r;
}

static int is_prime(uint64_t n) {
    static const uint64_t bases[] = {2, 3, 5, 7, 11};
    if (n < 2) return 0;
    for (int i = 0; i < 5; i++)
        if (n % bases[i] == 0) return n == bases[i];
    uint64_t d = n - 1;
    int s = 0;
    while ((d & 1) == 0) { d >>= 1; s++; }
    for (int i = 0; i < 5; i++) {
        uint64_t x = powmod(bases[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int composite = 1;
        for (int r = 1; r < s && composite; r++) {
            x = x * x % n;
            if (x == n - 1) composite = 0;
        }
        if (composite) return 0;
    }
    return 1;
}

int main(void) {
    unsigned long long v;
    int primes = 0, liars = 0, seen = 0;
    while (seen < 12 && scanf("%llu", &v) == 1) {
        seen++;
        uint64_t n = v & 0xffffffffu;
        int p = is_prime(n);
        int liar = !p && n > 2 && (n & 1) && powmod(2, n - 1, n) == 1;
        uint64_t next = n + 1;
        while (next <= 0xffffffffu && !is_prime(next)) next++;
        primes += p;
        liars += liar;
        printf("%llu %s%s next=", (unsigned long long)n, p ? "prime" : "composite", liar ? " (base-2 liar)" : "");
        if (next > 0xffffffffu) printf("none\n");
        else printf("%llu\n", (unsigned long long)next);
    }
    printf("primes=%d liars=%d of %d\n", primes, liars, seen);
    return 0;
}
