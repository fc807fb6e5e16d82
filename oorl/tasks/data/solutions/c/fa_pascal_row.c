#include <stdlib.h>

long long* pascal_row(long long n, size_t* out_len) {
    size_t len = (size_t)n + 1;
    long long* row = malloc(sizeof(long long) * len);
    /* Build the rows in place by addition: no entry is larger than those of row n, so nothing overflows
       when row n itself fits. */
    row[0] = 1;
    for (size_t r = 1; r < len; r++) {
        row[r] = 1;
        for (size_t k = r - 1; k > 0; k--) row[k] += row[k - 1];
    }
    *out_len = len;
    return row;
}
