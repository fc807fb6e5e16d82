#include <stdlib.h>

long long* reflected_binary_sequence(long long n, size_t* out_len) {
    size_t count = (size_t)1 << n;
    long long* out = malloc(sizeof(long long) * count);
    for (size_t i = 0; i < count; i++) out[i] = (long long)(i ^ (i >> 1));
    *out_len = count;
    return out;
}
