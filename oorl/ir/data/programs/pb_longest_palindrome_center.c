#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int expand(const char *s, int n, int lo, int hi) {
    while (lo >= 0 && hi < n && s[lo] == s[hi]) lo--, hi++;
    return hi - lo - 1;
}

int main(void) {
    char line[300], s[300];
    while (fgets(line, sizeof line, stdin)) {
        int n = 0;
        for (int i = 0; line[i]; i++)
            if (isalnum((unsigned char)line[i])) s[n++] = (char)tolower((unsigned char)line[i]);
        s[n] = '\0';
        int best = 0, at = 0, count = 0;
        for (int c = 0; c < n; c++) {
            int odd = expand(s, n, c, c);
            int even = expand(s, n, c, c + 1);
            count += (odd + 1) / 2 + even / 2;
            if (odd > best) { best = odd; at = c - odd / 2; }
            if (even > best) { best = even; at = c - even / 2 + 1; }
        }
        if (n == 0) { printf("empty\n"); continue; }
        printf("len=%d at=%d pal=%.*s subpals=%d whole=%s\n", best, at, best, s + at, count,
               best == n ? "yes" : "no");
    }
    return 0;
}
