#include <stddef.h>

long long longest_unique_substring(const char* s) {
    /* last[c]: one past the latest index of byte c, so 0 means "not seen". */
    size_t last[256] = {0};
    size_t start = 0, best = 0;
    for (size_t i = 0; s[i] != '\0'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] > start) start = last[c];  /* the window must begin after the previous c */
        last[c] = i + 1;
        if (i + 1 - start > best) best = i + 1 - start;
    }
    return (long long)best;
}
