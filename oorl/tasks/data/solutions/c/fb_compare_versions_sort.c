#include <stdlib.h>
#include <string.h>

/* Compare the decimal numbers s[0..n) and t[0..m) of any length: drop leading zeros, then the longer is
   larger, and equal lengths compare digit by digit. */
static int compare_numbers(const char* s, size_t n, const char* t, size_t m) {
    while (n > 0 && *s == '0') s++, n--;
    while (m > 0 && *t == '0') t++, m--;
    if (n != m) return n < m ? -1 : 1;
    return n == 0 ? 0 : memcmp(s, t, n);
}

/* Part by part from the left; a version that has run out of parts reads as 0 from then on. */
static int compare_versions(const char* a, const char* b) {
    while (*a || *b) {
        size_t n = strcspn(a, "."), m = strcspn(b, ".");
        int c = compare_numbers(a, n, b, m);
        if (c != 0) return c < 0 ? -1 : 1;
        a += n + (a[n] == '.');
        b += m + (b[m] == '.');
    }
    return 0;
}

char** compare_versions_sort(const char** versions, size_t versions_len, size_t* out_len) {
    char** out = malloc(sizeof(char*) * (versions_len + 1));
    for (size_t i = 0; i < versions_len; i++) out[i] = strdup(versions[i]);
    /* Insertion sort is stable, which qsort does not promise: equal versions keep their order. */
    for (size_t i = 1; i < versions_len; i++) {
        char* v = out[i];
        size_t j = i;
        while (j > 0 && compare_versions(out[j - 1], v) > 0) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    *out_len = versions_len;
    return out;
}
