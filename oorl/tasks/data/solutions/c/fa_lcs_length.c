#include <stdlib.h>
#include <string.h>

long long lcs_length(const char* a, const char* b) {
    size_t la = strlen(a), lb = strlen(b);
    /* prev[j] / cur[j]: the LCS of a's prefix (previous / current row) and b's first j characters. */
    long long* prev = calloc(lb + 1, sizeof(long long));
    long long* cur = calloc(lb + 1, sizeof(long long));
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            if (a[i - 1] == b[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
        }
        long long* t = prev;
        prev = cur;
        cur = t;
    }
    long long result = prev[lb];
    free(prev);
    free(cur);
    return result;
}
