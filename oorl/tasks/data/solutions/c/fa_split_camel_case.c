#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char* lower_copy(const char* s, size_t n) {
    char* out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = '\0';
    return out;
}

char** split_camel_case(const char* name, size_t* out_len) {
    size_t len = strlen(name), count = 0, start = 0;
    char** words = malloc(sizeof(char*) * (len + 1));
    for (size_t i = 1; i < len; i++) {
        unsigned char prev = (unsigned char)name[i - 1], ch = (unsigned char)name[i];
        unsigned char next = (unsigned char)name[i + 1];  /* the terminating NUL at the end: not lower case */
        /* "parseHTTPResponse": R starts a word after T because it is followed by a lower-case e. */
        if (isupper(ch) && (islower(prev) || isdigit(prev) || (isupper(prev) && islower(next)))) {
            words[count++] = lower_copy(name + start, i - start);
            start = i;
        }
    }
    if (len > 0) words[count++] = lower_copy(name + start, len - start);
    *out_len = count;
    return words;
}
