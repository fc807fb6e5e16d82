#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char** wrap_text(const char* text, long long width, size_t* out_len) {
    size_t len = strlen(text), count = 0;
    char** lines = malloc(sizeof(char*) * (len / 2 + 1));  /* at most one line per word */
    char* current = malloc(len + 1);  /* the line being filled: never longer than the text */
    size_t used = 0;
    for (size_t i = 0; i < len;) {
        if (isspace((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && !isspace((unsigned char)text[j])) j++;
        size_t word = j - i;
        if (used > 0 && (long long)(used + 1 + word) > width) {  /* full: start a new line */
            current[used] = '\0';
            lines[count++] = strdup(current);
            used = 0;
        }
        if (used > 0) current[used++] = ' ';
        memcpy(current + used, text + i, word);
        used += word;
        i = j;
    }
    if (used > 0) {
        current[used] = '\0';
        lines[count++] = strdup(current);
    }
    free(current);
    *out_len = count;
    return lines;
}
