#include <ctype.h>
#include <stdlib.h>

char* decode_run_length(const char* encoded) {
    /* Two passes: size the output first, then fill it. */
    size_t total = 0, count = 0;
    for (const char* p = encoded; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            count = count * 10 + (size_t)(*p - '0');
        } else {
            total += count;
            count = 0;
        }
    }
    char* out = malloc(total + 1);
    size_t n = 0;
    for (const char* p = encoded; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            count = count * 10 + (size_t)(*p - '0');
        } else {
            for (; count > 0; count--) out[n++] = *p;
        }
    }
    out[n] = '\0';
    return out;
}
