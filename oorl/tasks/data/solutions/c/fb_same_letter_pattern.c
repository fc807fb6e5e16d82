#include <stdbool.h>
#include <string.h>

bool same_letter_pattern(const char* a, const char* b) {
    if (strlen(a) != strlen(b)) return false;
    /* Record the mapping both ways: 0 means "not paired yet" (no NUL occurs inside the strings). */
    unsigned char forward[256] = {0}, backward[256] = {0};
    for (size_t i = 0; a[i] != '\0'; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (forward[x] == 0 && backward[y] == 0) {
            forward[x] = y;
            backward[y] = x;
        } else if (forward[x] != y || backward[y] != x) {
            return false;
        }
    }
    return true;
}
