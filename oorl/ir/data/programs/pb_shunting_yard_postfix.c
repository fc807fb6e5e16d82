#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int prec(char op) {
    switch (op) {
    case '^': return 3;
    case '*': case '/': return 2;
    case '+': case '-': return 1;
    default: return 0;
    }
}

int main(void) {
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        char ops[256], out[512];
        int top = 0, o = 0, err = 0, operands = 0;
        for (int i = 0; line[i] && !err; i++) {
            char c = line[i];
            if (isalnum((unsigned char)c)) {
                while (isalnum((unsigned char)line[i])) out[o++] = line[i++];
                out[o++] = ' ';
                operands++;
                i--;
            } else if (c == '(') {
                ops[top++] = c;
            } else if (c == ')') {
                while (top > 0 && ops[top - 1] != '(') { out[o++] = ops[--top]; out[o++] = ' '; }
                if (top == 0) err = 1; else top--;
            } else if (prec(c)) {
                /* '^' is right-associative, the rest left-associative */
                while (top > 0 && prec(ops[top - 1]) &&
                       (prec(ops[top - 1]) > prec(c) || (prec(ops[top - 1]) == prec(c) && c != '^'))) {
                    out[o++] = ops[--top];
                    out[o++] = ' ';
                }
                ops[top++] = c;
                operands--;
            } else if (!isspace((unsigned char)c)) {
                err = 2;
            }
        }
        while (!err && top > 0) {
            if (ops[top - 1] == '(') err = 1;
            else { out[o++] = ops[--top]; out[o++] = ' '; }
        }
        if (o > 0) o--;
        out[o] = '\0';
        if (err) printf("error: %s\n", err == 1 ? "parens" : "char");
        else if (operands != 1) printf("error: arity %d\n", operands);
        else printf("%s\n", out);
    }
    return 0;
}
