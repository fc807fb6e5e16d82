#include <stdlib.h>
#include <string.h>

long long subsequence_occurrences(const char* s, const char* t) {
    size_t m = strlen(t);
    /* ways[j]: the ways to spell t's first j characters from the part of s read so far. Partial counts can
       exceed 64 bits even when the answer fits; unsigned arithmetic wraps without undefined behaviour, and
       with additions only the final count is still exact modulo 2^64. */
    unsigned long long* ways = calloc(m + 1, sizeof(unsigned long long));
    ways[0] = 1;
    for (const char* p = s; *p; p++)
        for (size_t j = m; j > 0; j--)  /* downwards: each character of s is used once per spelling */
            if (t[j - 1] == *p) ways[j] += ways[j - 1];
    long long result = (long long)ways[m];
    free(ways);
    return result;
}
