#include <stdio.h>
#include <string.h>

static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

int main(void) {
    char s[81], t[81];
    int row[81], prev[81];
    int pairs = 0;
    while (pairs < 5 && scanf("%80s %80s", s, t) == 2) {
        int n = (int)strlen(s), m = (int)strlen(t);
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            row[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = s[i - 1] != t[j - 1];
                row[j] = min3(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            }
            memcpy(prev, row, sizeof(int) * (size_t)(m + 1));
        }
        printf("%s -> %s : %d\n", s, t, prev[m]);
        pairs++;
    }
    printf("pairs=%d\n", pairs);
    return 0;
}
