#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static bool balanced(const char* s, size_t len, char* stack) {
    size_t depth = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        char open = ch == ')' ? '(' : ch == ']' ? '[' : ch == '}' ? '{' : 0;
        if (open == 0) {
            stack[depth++] = ch;
        } else {
            if (depth == 0 || stack[depth - 1] != open) return false;
            depth--;
        }
    }
    return depth == 0;
}

int main(void) {
    char* line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, stdin) < 0) return 1;
    int t = atoi(line);
    while (t-- > 0) {
        /* Read by line: an empty line is the empty (balanced) string. */
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) n = 0;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ')) n--;
        char* stack = malloc((size_t)n + 1);
        puts(balanced(line, (size_t)n, stack) ? "YES" : "NO");
        free(stack);
    }
    free(line);
    return 0;
}
