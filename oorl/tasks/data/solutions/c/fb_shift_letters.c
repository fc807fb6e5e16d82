#include <stdlib.h>
#include <string.h>

char* shift_letters(const char* s, long long shift) {
    int k = (int)((shift % 26 + 26) % 26);  /* % keeps the sign of a negative shift */
    size_t len = strlen(s);
    char* out = malloc(len + 1);
    for (size_t i = 0; i <= len; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = (char)('a' + (c - 'a' + k) % 26);
        else if (c >= 'A' && c <= 'Z') c = (char)('A' + (c - 'A' + k) % 26);
        out[i] = c;
    }
    return out;
}
