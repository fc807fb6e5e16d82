#include <ctype.h>
#include <stdio.h>

int main(void) {
    int shift;
    char line[256];
    if (scanf("%d ", &shift) != 1) return 1;
    shift %= 26;
    if (shift < 0) shift += 26;
    if (!fgets(line, sizeof line, stdin)) line[0] = '\0';
    int letters = 0;
    for (int i = 0; line[i]; i++) {
        unsigned char c = (unsigned char)line[i];
        if (isupper(c)) { line[i] = (char)('A' + (c - 'A' + shift) % 26); letters++; }
        else if (islower(c)) { line[i] = (char)('a' + (c - 'a' + shift) % 26); letters++; }
    }
    printf("%s", line);
    unsigned h = 2166136261u;
    for (int i = 0; line[i]; i++) h = (h ^ (unsigned char)line[i]) * 16777619u;
    printf("letters=%d hash=%08x\n", letters, h);
    return 0;
}
