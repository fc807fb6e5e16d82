long long fibonacci_mod_huge(long long n, long long m) {
    /* Fast doubling, reading n's bits from the top, with (a, b) = (F(k), F(k + 1)) mod m:
         F(2k) = F(k) * (2 F(k + 1) - F(k)),  F(2k + 1) = F(k)^2 + F(k + 1)^2.
       m <= 2^31, so every product of two residues (and the sum of two) stays below 2^63. */
    unsigned long long mod = (unsigned long long)m, a = 0, b = 1 % mod;
    unsigned long long bits = (unsigned long long)n;
    for (int shift = 63; shift >= 0; shift--) {
        unsigned long long c = a * ((2 * b + mod - a) % mod) % mod;
        unsigned long long d = (a * a + b * b) % mod;
        if ((bits >> shift) & 1) {
            a = d;
            b = (c + d) % mod;
        } else {
            a = c;
            b = d;
        }
    }
    return (long long)a;
}
