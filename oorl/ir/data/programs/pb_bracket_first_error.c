#include <stdio.h>
#include <string.h>

int main(void) {
    char line[512];
    int lineno = 0, good = 0;
    while (fgets(line, sizeof line, stdin)) {
        char stack[512];
        int pos[512], sp = 0, maxdepth = 0, errcol = -1;
        char want = 0, got = 0;
        lineno++;
        for (int i = 0; line[i] && line[i] != '\n'; i++) {
            char c = line[i];
            const char *o = strchr("([{<", c), *cl = strchr(")]}>", c);
            if (c && o) {
                stack[sp] = ")]}>"[o - "([{<"];
                pos[sp++] = i;
                if (sp > maxdepth) maxdepth = sp;
            } else if (c && cl) {
                if (sp == 0 || stack[sp - 1] != c) {
                    errcol = i;
                    want = sp ? stack[sp - 1] : '-';
                    got = c;
                    break;
                }
                sp--;
            }
        }
        if (errcol >= 0) printf("%d: mismatch col %d expected %c got %c\n", lineno, errcol + 1, want, got);
        else if (sp > 0) printf("%d: unclosed %d, first at col %d\n", lineno, sp, pos[0] + 1);
        else { printf("%d: ok depth %d\n", lineno, maxdepth); good++; }
    }
    printf("balanced %d of %d\n", good, lineno);
    return 0;
}
