#include <stdio.h>
#include <string.h>

static void sort_chars(char *s) {
    size_t n = strlen(s);
    for (size_t i = 1; i < n; i++) {
        char k = s[i];
        size_t j = i;
        while (j > 0 && s[j - 1] > k) { s[j] = s[j - 1]; j--; }
        s[j] = k;
    }
}

int main(void) {
    char words[30][20], keys[30][20];
    int group[30], n = 0, groups = 0;
    while (n < 30 && scanf("%19s", words[n]) == 1) {
        strcpy(keys[n], words[n]);
        sort_chars(keys[n]);
        group[n] = -1;
        for (int i = 0; i < n; i++)
            if (strcmp(keys[i], keys[n]) == 0) { group[n] = group[i]; break; }
        if (group[n] < 0) group[n] = groups++;
        n++;
    }
    for (int g = 0; g < groups; g++) {
        printf("group %d:", g);
        for (int i = 0; i < n; i++) if (group[i] == g) printf(" %s", words[i]);
        printf("\n");
    }
    printf("words=%d groups=%d\n", n, groups);
    return 0;
}
