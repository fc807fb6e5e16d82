#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One line without its line ending; an empty string at end of input. */
static char* read_line(void) {
    char* line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) n = 0;
    else while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ')) n--;
    char* out = malloc((size_t)n + 1);
    if (n > 0) memcpy(out, line, (size_t)n);
    out[n] = '\0';
    free(line);
    return out;
}

int main(void) {
    char *a = read_line(), *b = read_line();
    size_t la = strlen(a), lb = strlen(b);
    /* prev[j]: the distance between the prefix of a handled so far and b's first j letters. */
    int* prev = malloc(sizeof(int) * (lb + 1));
    int* cur = malloc(sizeof(int) * (lb + 1));
    for (size_t j = 0; j <= lb; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int best = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            cur[j] = best;
        }
        int* t = prev;
        prev = cur;
        cur = t;
    }
    printf("%d\n", prev[lb]);
    free(prev);
    free(cur);
    free(a);
    free(b);
    return 0;
}
