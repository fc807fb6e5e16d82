#include <stdlib.h>
#include <string.h>

char* least_rotation(const char* s) {
    size_t n = strlen(s);
    const unsigned char* u = (const unsigned char*)s;
    /* Two candidate starts i and j, compared k characters in: when they differ, the larger candidate and
       the k starts after it cannot begin the least rotation, so it jumps past them. Linear time. */
    size_t i = 0, j = 1, k = 0;
    while (i < n && j < n && k < n) {
        unsigned char a = u[(i + k) % n], b = u[(j + k) % n];
        if (a == b) {
            k++;
            continue;
        }
        if (a > b) i += k + 1;
        else j += k + 1;
        if (i == j) j++;
        k = 0;
    }
    size_t start = n == 0 ? 0 : (i < j ? i : j);
    char* out = malloc(n + 1);
    for (size_t t = 0; t < n; t++) out[t] = s[(start + t) % n];
    out[n] = '\0';
    return out;
}
