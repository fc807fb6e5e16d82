#include <stddef.h>

long long odd_one_out_xor(const long long* xs, size_t xs_len) {
    /* Values seen an even number of times cancel out under XOR. */
    unsigned long long acc = 0;
    for (size_t i = 0; i < xs_len; i++) acc ^= (unsigned long long)xs[i];
    return (long long)acc;
}
