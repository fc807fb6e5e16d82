#include <stdio.h>

int main(void) {
    int counts[26] = {0}, ch;
    while ((ch = getchar()) != EOF && ch != '\n')
        if (ch >= 'a' && ch <= 'z') counts[ch - 'a']++;
    for (int i = 0; i < 26; i++)
        if (counts[i] > 0) printf("%c %d\n", 'a' + i, counts[i]);
    return 0;
}
