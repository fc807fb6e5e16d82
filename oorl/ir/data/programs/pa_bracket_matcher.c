#include <stdio.h>

#define DEPTH 64

static char closer(char open) {
    switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    default: return '>';
    }
}

int main(void) {
    char stack[DEPTH];
    int cols[DEPTH];
    int top = 0, col = 0, line = 1, deepest = 0, pairs = 0, error = 0, good_lines = 0, lines_seen = 0;
    for (;;) {
        int c = getchar();
        if (c == '\n' || c == EOF) {
            if (col > 0 || c == '\n') {
                lines_seen++;
                if (!error && top > 0) {
                    printf("line %d: unclosed '%c' from col %d\n", line, stack[top - 1], cols[top - 1]);
                    error = 1;
                }
                if (!error) {
                    printf("line %d: ok pairs=%d depth=%d\n", line, pairs, deepest);
                    good_lines++;
                }
            }
            if (c == EOF) break;
            line++;
            top = col = deepest = pairs = error = 0;
            continue;
        }
        col++;
        if (error) continue;
        if (c == '(' || c == '[' || c == '{' || c == '<') {
            if (top == DEPTH) { printf("line %d: too deep at col %d\n", line, col); error = 1; continue; }
            stack[top] = (char)c;
            cols[top++] = col;
            if (top > deepest) deepest = top;
        } else if (c == ')' || c == ']' || c == '}' || c == '>') {
            if (top == 0) {
                printf("line %d: stray '%c' at col %d\n", line, c, col);
                error = 1;
            } else if (closer(stack[top - 1]) != c) {
                printf("line %d: '%c' at col %d closes '%c' from col %d\n", line, c, col, stack[top - 1], cols[top - 1]);
                error = 1;
            } else {
                top--;
                pairs++;
            }
        }
    }
    printf("balanced lines: %d of %d\n", good_lines, lines_seen);
    return 0;
}
