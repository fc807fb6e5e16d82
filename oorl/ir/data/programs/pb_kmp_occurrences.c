#include <stdio.h>
#include <string.h>

int main(void) {
    char pat[64], text[1024];
    int fail[64];
    if (scanf("%63s", pat) != 1) return 0;
    int m = (int)strlen(pat);
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
        if (pat[i] == pat[k]) k++;
        fail[i] = k;
    }
    printf("fail:");
    for (int i = 0; i < m; i++) printf(" %d", fail[i]);
    printf("\nperiod=%d\n", m - fail[m - 1]);
    int line = 0;
    while (scanf("%1023s", text) == 1) {
        int hits = 0, first = -1, last = -1, steps = 0;
        line++;
        for (int i = 0, k = 0; text[i]; i++) {
            while (k > 0 && text[i] != pat[k]) k = fail[k - 1], steps++;
            if (text[i] == pat[k]) k++;
            steps++;
            if (k == m) {
                hits++;
                if (first < 0) first = i - m + 1;
                last = i - m + 1;
                k = fail[k - 1];
            }
        }
        printf("text%d: hits=%d first=%d last=%d steps=%d\n", line, hits, first, last, steps);
    }
    return 0;
}
