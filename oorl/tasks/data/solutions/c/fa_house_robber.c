#include <stddef.h>

long long house_robber(const long long* values, size_t values_len) {
    /* take: best total that uses the current house; skip: best total that does not. */
    long long take = 0, skip = 0;
    for (size_t i = 0; i < values_len; i++) {
        long long next_take = skip + values[i];
        skip = take > skip ? take : skip;
        take = next_take;
    }
    return take > skip ? take : skip;
}
