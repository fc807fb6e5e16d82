#include <stddef.h>

long long power_sum_mod(const long long* bases, size_t bases_len, long long exponent, long long modulus) {
    /* modulus <= 2^31, so a product of two residues stays below 2^62. */
    unsigned long long m = (unsigned long long)modulus, total = 0;
    for (size_t i = 0; i < bases_len; i++) {
        long long r = bases[i] % modulus;  /* in (-m, m): C's % keeps the sign of a negative base */
        unsigned long long base = (unsigned long long)(r < 0 ? r + modulus : r);
        unsigned long long result = 1 % m;
        for (long long e = exponent; e > 0; e >>= 1) {
            if (e & 1) result = result * base % m;
            base = base * base % m;
        }
        total = (total + result) % m;
    }
    return (long long)total;
}
