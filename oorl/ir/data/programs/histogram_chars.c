#include <stdio.h>

int main(void) {
    int counts[26] = {0};
    int c, other = 0, total = 0;
    while ((c = getchar()) != EOF) {
        total++;
        if (c >= 'a' && c <= 'z') counts[c - 'a']++;
        else if (c >= 'A' && c <= 'Z') counts[c - 'A']++;
        else other++;
    }
    int maxc = 0;
    for (int i = 0; i < 26; i++) if (counts[i] > maxc) maxc = counts[i];
    for (int i = 0; i < 26; i++) {
        if (!counts[i]) continue;
        int bar = maxc > 20 ? counts[i] * 20 / maxc : counts[i];
        printf("%c %3d ", 'a' + i, counts[i]);
        for (int b = 0; b < bar; b++) putchar('#');
        putchar('\n');
    }
    printf("total=%d other=%d\n", total, other);
    return 0;
}
