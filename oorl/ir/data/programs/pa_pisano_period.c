#include <stdio.h>

static unsigned pisano(unsigned m) {
    if (m == 1) return 1;
    unsigned a = 0, b = 1;
    for (unsigned i = 1; i <= 6 * m + 2; i++) {
        unsigned c = (a + b) % m;
        a = b;
        b = c;
        if (a == 0 && b == 1) return i;
    }
    return 0;
}

static unsigned fib_mod(unsigned long long n, unsigned m) {
    unsigned a = 0, b = 1 % m;
    for (unsigned long long i = 0; i < n; i++) {
        unsigned c = (a + b) % m;
        a = b;
        b = c;
    }
    return a;
}

int main(void) {
    unsigned m;
    unsigned long long n;
    int lines = 0;
    while (lines < 8 && scanf("%u %llu", &m, &n) == 2) {
        lines++;
        if (m == 0 || m > 100000) { printf("m=%u out of range\n", m); continue; }
        unsigned p = pisano(m);
        unsigned zeros = 0;
        unsigned a = 0, b = 1 % m;
        for (unsigned i = 0; i < p; i++) {
            zeros += a == 0;
            unsigned c = (a + b) % m;
            a = b;
            b = c;
        }
        unsigned long long reduced = n % p;
        printf("m=%u period=%u zeros=%u F(%llu) mod m = %u\n", m, p, zeros, n, fib_mod(reduced, m));
    }
    if (!lines) printf("no queries\n");
    return 0;
}
