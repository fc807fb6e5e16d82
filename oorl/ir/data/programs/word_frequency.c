#include <stdio.h>
#include <string.h>
#include <ctype.h>

struct entry {
    char word[24];
    int count;
};

int main(void) {
    struct entry tab[64];
    int n = 0, total = 0;
    char w[64];
    while (scanf("%63s", w) == 1) {
        int k = 0;
        for (int i = 0; w[i] && k < 23; i++)
            if (isalpha((unsigned char)w[i])) w[k++] = (char)tolower((unsigned char)w[i]);
        w[k] = '\0';
        if (k == 0) continue;
        total++;
        int found = -1;
        for (int i = 0; i < n; i++) if (strcmp(tab[i].word, w) == 0) { found = i; break; }
        if (found >= 0) tab[found].count++;
        else if (n < 64) { strcpy(tab[n].word, w); tab[n].count = 1; n++; }
    }
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (tab[j].count > tab[i].count ||
                (tab[j].count == tab[i].count && strcmp(tab[j].word, tab[i].word) < 0)) {
                struct entry t = tab[i]; tab[i] = tab[j]; tab[j] = t;
            }
    for (int i = 0; i < n && i < 5; i++) printf("%s %d\n", tab[i].word, tab[i].count);
    printf("words=%d unique=%d\n", total, n);
    return 0;
}
