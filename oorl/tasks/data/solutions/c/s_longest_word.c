#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char* line = NULL;
    size_t cap = 0;
    const char* best = "";
    size_t best_len = 0;
    if (getline(&line, &cap, stdin) >= 0) {
        for (char* w = strtok(line, " \t\r\n"); w != NULL; w = strtok(NULL, " \t\r\n")) {
            size_t len = strlen(w);
            if (len > best_len) {  /* strictly longer: the first word wins a tie */
                best = w;
                best_len = len;
            }
        }
    }
    puts(best);
    free(line);
    return 0;
}
