#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_pal(const char *s, int lo, int hi) {
    while (lo < hi) {
        if (s[lo] != s[hi]) return 0;
        lo++;
        hi--;
    }
    return 1;
}

int main(void) {
    char raw[200], clean[200];
    int lines = 0;
    while (lines < 10 && fgets(raw, sizeof raw, stdin) != NULL) {
        int m = 0;
        for (int i = 0; raw[i] != '\0'; i++) {
            unsigned char ch = (unsigned char)raw[i];
            if (isalnum(ch)) clean[m++] = (char)tolower(ch);
        }
        clean[m] = '\0';
        int best = m > 0 ? 1 : 0;
        for (int i = 0; i < m; i++)
            for (int j = i + best; j < m; j++)
                if (is_pal(clean, i, j) && j - i + 1 > best) best = j - i + 1;
        printf("%s: len=%d palindrome=%s longest_sub=%d\n", clean, m,
               is_pal(clean, 0, m - 1) ? "yes" : "no", best);
        lines++;
    }
    printf("lines=%d\n", lines);
    return 0;
}
