#include <stdio.h>
#include <string.h>

int main(void) {
    char line[256];
    char words[32][32];
    int count = 0;
    while (count < 32 && scanf("%31s", words[count]) == 1) count++;
    if (count == 0) {
        printf("no words\n");
        return 0;
    }
    line[0] = '\0';
    size_t used = 0;
    for (int i = count - 1; i >= 0; i--) {
        size_t len = strlen(words[i]);
        if (used + len + 2 >= sizeof line) break;
        memcpy(line + used, words[i], len);
        used += len;
        if (i > 0) line[used++] = ' ';
        line[used] = '\0';
    }
    printf("%s\n", line);
    int longest = 0;
    for (int i = 1; i < count; i++)
        if (strlen(words[i]) > strlen(words[longest])) longest = i;
    printf("words=%d longest=%s\n", count, words[longest]);
    return 0;
}
