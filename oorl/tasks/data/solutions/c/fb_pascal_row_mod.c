#include <stdlib.h>

long long* pascal_row_mod(long long n, long long m, size_t* out_len) {
    size_t len = (size_t)n + 1;
    /* Build the rows in place by addition modulo m: this needs no inverse, so m need not be prime.
       Residues are below m, so a sum of two stays below 2m; unsigned keeps even that well defined. */
    unsigned long long mod = (unsigned long long)m;
    unsigned long long* row = malloc(sizeof(unsigned long long) * len);
    row[0] = 1 % mod;
    for (size_t r = 1; r < len; r++) {
        row[r] = 1 % mod;
        for (size_t k = r - 1; k > 0; k--) row[k] = (row[k] + row[k - 1]) % mod;
    }
    long long* out = malloc(sizeof(long long) * len);
    for (size_t k = 0; k < len; k++) out[k] = (long long)row[k];
    free(row);
    *out_len = len;
    return out;
}
