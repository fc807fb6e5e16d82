#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char* line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, stdin) < 0) {
        putchar('\n');
        free(line);
        return 0;
    }
    /* A line of L characters holds at most L / 2 + 1 words. */
    size_t len = strlen(line), count = 0;
    char** words = malloc(sizeof(char*) * (len / 2 + 1));
    for (char* w = strtok(line, " \t\r\n"); w != NULL; w = strtok(NULL, " \t\r\n")) words[count++] = w;
    for (size_t i = count; i-- > 0;) {
        fputs(words[i], stdout);
        if (i > 0) putchar(' ');
    }
    putchar('\n');
    free(words);
    free(line);
    return 0;
}
