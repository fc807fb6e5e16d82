#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char* line = NULL;
    size_t cap = 0;
    /* Read both lines whole: the text may be empty or start with spaces. */
    if (getline(&line, &cap, stdin) < 0) return 1;
    long long k = strtoll(line, NULL, 10);
    int shift = (int)((k % 26 + 26) % 26);  /* % keeps the sign of a negative k */
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) n = 0;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    for (ssize_t i = 0; i < n; i++) {
        char ch = line[i];
        if (ch >= 'a' && ch <= 'z') ch = (char)('a' + (ch - 'a' + shift) % 26);
        else if (ch >= 'A' && ch <= 'Z') ch = (char)('A' + (ch - 'A' + shift) % 26);
        putchar(ch);
    }
    putchar('\n');
    free(line);
    return 0;
}
