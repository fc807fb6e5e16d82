#include <stdio.h>

static int is_prime(unsigned p) {
    if (p < 2) return 0;
    for (unsigned d = 2; d * d <= p; d++)
        if (p % d == 0) return 0;
    return 1;
}

static unsigned powmod(unsigned b, unsigned e, unsigned p) {
    unsigned r = 1;
    while (e) {
        if (e & 1) r = r * b % p;
        b = b * b % p;
        e >>= 1;
    }
    return r;
}

int main(void) {
    unsigned p;
    if (scanf("%u", &p) != 1 || p > 2000 || !is_prime(p)) { printf("need a prime p <= 2000\n"); return 0; }
    unsigned fact[2000];
    fact[0] = 1;
    for (unsigned i = 1; i < p; i++) fact[i] = fact[i - 1] * i % p;
    unsigned long long n, k;
    int queries = 0, zeros = 0;
    while (queries < 10 && scanf("%llu %llu", &n, &k) == 2) {
        queries++;
        unsigned result = k <= n ? 1 : 0;
        int digits = 0;
        for (unsigned long long a = n, b = k; (a || b) && result; a /= p, b /= p) {
            unsigned ai = (unsigned)(a % p), bi = (unsigned)(b % p);
            digits++;
            if (bi > ai) { result = 0; break; }
            unsigned denom = fact[bi] * fact[ai - bi] % p;
            result = result * (fact[ai] * powmod(denom, p - 2, p) % p) % p;
        }
        zeros += result == 0;
        printf("C(%llu,%llu) mod %u = %u (%d digits)\n", n, k, p, result, digits);
    }
    printf("queries=%d zero=%d\n", queries, zeros);
    return 0;
}
