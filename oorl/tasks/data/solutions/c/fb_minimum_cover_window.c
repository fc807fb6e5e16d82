#include <stdlib.h>
#include <string.h>

char* minimum_cover_window(const char* s, const char* t) {
    size_t n = strlen(s), m = strlen(t);
    /* need[c]: how many more c the window must take in (negative: a surplus); missing: the total shortfall. */
    long long need[256] = {0};
    for (size_t i = 0; i < m; i++) need[(unsigned char)t[i]]++;
    size_t missing = m, left = 0, best_start = 0, best_len = 0;
    if (m > 0) {
        for (size_t right = 0; right < n; right++) {
            if (need[(unsigned char)s[right]]-- > 0) missing--;
            if (missing > 0) continue;
            /* Covered: shrink from the left while the leftmost character is surplus. */
            while (need[(unsigned char)s[left]] < 0) need[(unsigned char)s[left++]]++;
            size_t len = right - left + 1;
            if (best_len == 0 || len < best_len) best_start = left, best_len = len;  /* strict: first wins */
            need[(unsigned char)s[left++]]++;  /* give up the leftmost needed character and look on */
            missing++;
        }
    }
    char* out = malloc(best_len + 1);
    if (best_len > 0) memcpy(out, s + best_start, best_len);
    out[best_len] = '\0';
    return out;
}
