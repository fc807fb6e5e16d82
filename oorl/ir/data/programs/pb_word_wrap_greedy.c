#include <stdio.h>
#include <string.h>

int main(void) {
    int width;
    char word[128];
    if (scanf("%d", &width) != 1 || width < 1 || width > 100) { printf("bad width\n"); return 0; }
    char line[256] = "";
    int len = 0, lines = 0, words = 0, splits = 0;
    unsigned long long raggedness = 0;
    while (scanf("%127s", word) == 1) {
        int wl = (int)strlen(word);
        words++;
        char *w = word;
        while (wl > width) { /* hard-split a word longer than the line */
            if (len > 0) { printf("|%-*s|\n", width, line); raggedness += (unsigned long long)((width - len) * (width - len)); lines++; }
            printf("|%.*s|\n", width, w);
            lines++;
            splits++;
            w += width;
            wl -= width;
            len = 0;
            line[0] = '\0';
        }
        if (len > 0 && len + 1 + wl > width) {
            printf("|%-*s|\n", width, line);
            raggedness += (unsigned long long)((width - len) * (width - len));
            lines++;
            len = 0;
            line[0] = '\0';
        }
        if (len > 0) line[len++] = ' ';
        memcpy(line + len, w, (size_t)wl + 1);
        len += wl;
    }
    if (len > 0) { printf("|%-*s|\n", width, line); lines++; }
    printf("words=%d lines=%d splits=%d raggedness=%llu\n", words, lines, splits, raggedness);
    return 0;
}
