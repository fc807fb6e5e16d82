#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char key[32];  /* the word's letters, sorted: equal exactly for anagrams */
} Word;

static int by_key(const void* a, const void* b) {
    return strcmp(((const Word*)a)->key, ((const Word*)b)->key);
}

static void sort_letters(char* s) {
    int counts[26] = {0};
    size_t n = 0;
    for (const char* p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z') counts[*p - 'a']++;
    for (int c = 0; c < 26; c++)
        while (counts[c]-- > 0) s[n++] = (char)('a' + c);
    s[n] = '\0';
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    Word* words = malloc(sizeof(Word) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (scanf("%31s", words[i].key) != 1) return 1;
        sort_letters(words[i].key);
    }
    qsort(words, (size_t)n, sizeof(Word), by_key);
    int groups = 0, largest = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && strcmp(words[j].key, words[i].key) == 0) j++;
        groups++;
        if (j - i > largest) largest = j - i;
        i = j;
    }
    printf("%d %d\n", groups, largest);
    free(words);
    return 0;
}
