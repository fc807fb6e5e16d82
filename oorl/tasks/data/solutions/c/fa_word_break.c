#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

bool word_break(const char* s, const char** words, size_t words_len) {
    size_t n = strlen(s);
    /* ok[i]: the first i characters of s split into words. */
    bool* ok = calloc(n + 1, sizeof(bool));
    ok[0] = true;
    for (size_t i = 0; i < n; i++) {
        if (!ok[i]) continue;
        for (size_t w = 0; w < words_len; w++) {
            size_t len = strlen(words[w]);
            if (len > 0 && len <= n - i && memcmp(s + i, words[w], len) == 0) ok[i + len] = true;
        }
    }
    bool result = ok[n];
    free(ok);
    return result;
}
