#include <stdio.h>
#include <string.h>

static char sorted[16], cur[16];
static int n, used[16], printed, limit;
static unsigned long long count, sig;

/* Lexicographic unique permutations: skip a letter equal to an unused earlier twin. */
static void permute(int depth) {
    if (depth == n) {
        count++;
        for (int i = 0; i < n; i++) sig = sig * 31u + (unsigned char)cur[i];
        if (printed < limit) { printf("%s%s", printed ? " " : "", cur); printed++; }
        return;
    }
    for (int i = 0; i < n; i++) {
        if (used[i] || (i > 0 && sorted[i] == sorted[i - 1] && !used[i - 1])) continue;
        used[i] = 1;
        cur[depth] = sorted[i];
        permute(depth + 1);
        used[i] = 0;
    }
}

int main(void) {
    char word[16];
    while (scanf("%15s %d", word, &limit) == 2) {
        n = (int)strlen(word);
        if (n > 9) { printf("%s: too long\n", word); continue; }
        strcpy(sorted, word);
        for (int i = 1; i < n; i++) /* insertion sort */
            for (int j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
                char t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t;
            }
        memset(used, 0, sizeof used);
        cur[n] = '\0';
        count = sig = 0;
        printed = 0;
        printf("%s: ", word);
        permute(0);
        printf("%s(count=%llu sig=%llx)\n", printed ? " " : "", count, sig);
    }
    return 0;
}
