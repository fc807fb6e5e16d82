#include <stdio.h>
#include <string.h>

#define MAXNODES 2048

static int child[MAXNODES][26], pass[MAXNODES], ends[MAXNODES], nodes = 1;

int main(void) {
    char w[64];
    int words = 0, dropped = 0;
    /* words until a line with "?", then prefix queries */
    while (scanf("%63s", w) == 1 && strcmp(w, "?") != 0) {
        int n = 0, ok = 1;
        for (int i = 0; w[i]; i++)
            if (w[i] < 'a' || w[i] > 'z') ok = 0;
        if (!ok || nodes + (int)strlen(w) > MAXNODES) { dropped++; continue; }
        pass[0]++;
        for (int i = 0; w[i]; i++) {
            int c = w[i] - 'a';
            if (!child[n][c]) child[n][c] = nodes++;
            n = child[n][c];
            pass[n]++;
        }
        ends[n]++;
        words++;
    }
    int branching = 0;
    for (int n = 0; n < nodes; n++) {
        int kids = 0;
        for (int c = 0; c < 26; c++) kids += child[n][c] != 0;
        branching += kids > 1;
    }
    printf("words=%d dropped=%d nodes=%d branch_points=%d\n", words, dropped, nodes, branching);
    while (scanf("%63s", w) == 1) {
        int n = 0;
        for (int i = 0; w[i] && n >= 0; i++) {
            int c = w[i] - 'a';
            n = c >= 0 && c < 26 && child[n][c] ? child[n][c] : -1;
        }
        if (n < 0) { printf("%s: 0\n", w); continue; }
        int longest_ext = 0, x = n;
        while (1) { /* follow the most popular child */
            int best = -1;
            for (int c = 0; c < 26; c++)
                if (child[x][c] && (best < 0 || pass[child[x][c]] > pass[child[x][best]])) best = c;
            if (best < 0) break;
            x = child[x][best];
            longest_ext++;
        }
        printf("%s: %d words, %d exact, popular depth +%d\n", w, pass[n], ends[n], longest_ext);
    }
    return 0;
}
