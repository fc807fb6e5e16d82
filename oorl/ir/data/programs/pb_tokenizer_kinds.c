#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum kind { IDENT, NUMBER, STRING, OPERATOR, PUNCT, BAD, NKINDS };

static const char *names[NKINDS] = {"ident", "number", "string", "op", "punct", "bad"};

int main(void) {
    static char buf[4096];
    size_t n = 0;
    int c;
    while (n + 1 < sizeof buf && (c = getchar()) != EOF) buf[n++] = (char)c;
    buf[n] = '\0';
    int counts[NKINDS] = {0};
    size_t longest = 0, i = 0;
    unsigned sig = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)buf[i];
        size_t start = i;
        enum kind k;
        if (isspace(ch)) { i++; continue; }
        if (isalpha(ch) || ch == '_') {
            while (i < n && (isalnum((unsigned char)buf[i]) || buf[i] == '_')) i++;
            k = IDENT;
        } else if (isdigit(ch)) {
            while (i < n && isdigit((unsigned char)buf[i])) i++;
            if (i < n && buf[i] == '.') { i++; while (i < n && isdigit((unsigned char)buf[i])) i++; }
            k = NUMBER;
        } else if (ch == '"') {
            i++;
            while (i < n && buf[i] != '"' && buf[i] != '\n') i += (buf[i] == '\\' && i + 1 < n) ? 2 : 1;
            if (i < n && buf[i] == '"') { i++; k = STRING; } else k = BAD;
        } else if (strchr("+-*/=<>!&|", ch)) {
            i++;
            if (i < n && strchr("=&|", buf[i])) i++;
            k = OPERATOR;
        } else if (strchr("(){}[];,", ch)) {
            i++;
            k = PUNCT;
        } else {
            i++;
            k = BAD;
        }
        counts[k]++;
        if (i - start > longest) longest = i - start;
        sig = sig * 7u + (unsigned)k + 1u;
    }
    for (int k = 0; k < NKINDS; k++) printf("%s%s=%d", k ? " " : "", names[k], counts[k]);
    printf("\nlongest=%zu sig=%u\n", longest, sig);
    return 0;
}
