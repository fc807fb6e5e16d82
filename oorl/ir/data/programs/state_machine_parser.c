#include <stdio.h>

enum state { START, INT_PART, DOT, FRAC, EXP_SIGN, EXP, BAD };

static enum state step(enum state s, int c) {
    int d = c >= '0' && c <= '9';
    switch (s) {
    case START: return d ? INT_PART : (c == '-' || c == '+') ? START : BAD;
    case INT_PART: return d ? INT_PART : c == '.' ? DOT : (c == 'e' || c == 'E') ? EXP_SIGN : BAD;
    case DOT: return d ? FRAC : BAD;
    case FRAC: return d ? FRAC : (c == 'e' || c == 'E') ? EXP_SIGN : BAD;
    case EXP_SIGN: return d ? EXP : (c == '-' || c == '+') ? EXP : BAD;
    case EXP: return d ? EXP : BAD;
    default: return BAD;
    }
}

int main(void) {
    char tok[64];
    int valid = 0, invalid = 0;
    static const char *names[] = {"start", "int", "dot", "frac", "expsign", "exp", "bad"};
    while (scanf("%63s", tok) == 1) {
        enum state s = START;
        int signs = 0;
        for (int i = 0; tok[i] && s != BAD; i++) {
            if (s == START && (tok[i] == '-' || tok[i] == '+') && ++signs > 1) s = BAD;
            else s = step(s, tok[i]);
        }
        int ok = s == INT_PART || s == FRAC || (s == EXP && tok[0] != 'e');
        if (ok) valid++; else invalid++;
        printf("%-12s %s (%s)\n", tok, ok ? "number" : "not-number", names[s]);
    }
    printf("valid=%d invalid=%d\n", valid, invalid);
    return 0;
}
