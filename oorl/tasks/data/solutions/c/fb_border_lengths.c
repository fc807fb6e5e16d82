#include <stdlib.h>
#include <string.h>

long long* border_lengths(const char* s, size_t* out_len) {
    size_t n = strlen(s);
    long long* fail = malloc(sizeof(long long) * (n + 1));
    /* Knuth-Morris-Pratt: try to extend the border of the previous prefix, falling back through the
       borders of that border until the next character matches. */
    for (size_t i = 0; i < n; i++) {
        if (i == 0) {
            fail[0] = 0;
            continue;
        }
        size_t b = (size_t)fail[i - 1];
        while (b > 0 && s[i] != s[b]) b = (size_t)fail[b - 1];
        if (s[i] == s[b]) b++;
        fail[i] = (long long)b;
    }
    *out_len = n;
    return fail;
}
