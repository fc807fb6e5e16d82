#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Pattern tokens: '?' matches one character, '*' any run, '[abc]' one of a set, else a literal. */
struct tok { char kind; char set[32]; };

static bool tok_matches(const struct tok *t, char c) {
    switch (t->kind) {
    case '?': return true;
    case '[': return strchr(t->set, c) != NULL;
    default: return t->kind == c;
    }
}

int main(void) {
    char pat[64], text[128];
    struct tok toks[64];
    static bool m[65][129];
    if (scanf("%63s", pat) != 1) return 0;
    int nt = 0;
    for (int i = 0; pat[i]; i++) {
        const char *close = pat[i] == '[' ? strchr(pat + i, ']') : NULL;
        if (close && close - (pat + i) > 31) close = NULL;
        toks[nt].set[0] = '\0';
        if (close) {
            int len = (int)(close - pat) - i - 1;
            memcpy(toks[nt].set, pat + i + 1, (size_t)len);
            toks[nt].set[len] = '\0';
            toks[nt].kind = '[';
            i += len + 1;
        } else {
            toks[nt].kind = pat[i];
        }
        if (toks[nt].kind == '*' && nt > 0 && toks[nt - 1].kind == '*') continue; /* collapse "**" */
        nt++;
    }
    int matched = 0, total = 0;
    while (scanf("%127s", text) == 1) {
        int n = (int)strlen(text);
        memset(m, 0, sizeof m);
        m[nt][n] = true;
        for (int i = nt - 1; i >= 0; i--)
            for (int j = n; j >= 0; j--) {
                if (toks[i].kind == '*') m[i][j] = m[i + 1][j] || (j < n && m[i][j + 1]);
                else m[i][j] = j < n && text[j] != '\0' && tok_matches(&toks[i], text[j]) && m[i + 1][j + 1];
            }
        total++;
        matched += m[0][0];
        printf("%-16s %s\n", text, m[0][0] ? "match" : "-");
    }
    printf("%d of %d match %s (%d tokens)\n", matched, total, pat, nt);
    return 0;
}
