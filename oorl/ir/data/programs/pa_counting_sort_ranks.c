#include <stdio.h>
#include <string.h>

#define MAXN 40
#define MAXSCORE 100

struct rec { char name[16]; int score; };

int main(void) {
    struct rec in[MAXN], out[MAXN];
    int n = 0, count[MAXSCORE + 2] = {0};
    while (n < MAXN && scanf("%15s %d", in[n].name, &in[n].score) == 2) {
        if (in[n].score < 0) in[n].score = 0;
        if (in[n].score > MAXSCORE) in[n].score = MAXSCORE;
        count[MAXSCORE - in[n].score]++; /* key = MAXSCORE - score gives descending order */
        n++;
    }
    if (n == 0) { printf("no records\n"); return 0; }
    int pos[MAXSCORE + 2];
    pos[0] = 0;
    for (int k = 1; k <= MAXSCORE + 1; k++) pos[k] = pos[k - 1] + count[k - 1];
    for (int i = 0; i < n; i++) out[pos[MAXSCORE - in[i].score]++] = in[i];
    int competition = 1, dense = 1, distinct = 1;
    long total = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && out[i].score != out[i - 1].score) {
            competition = i + 1;
            dense++;
            distinct++;
        }
        total += out[i].score;
        if (i < 12) printf("%2d %2d %-10s %3d\n", competition, dense, out[i].name, out[i].score);
    }
    int median2 = out[(n - 1) / 2].score + out[n / 2].score;
    printf("n=%d distinct=%d mean=%.2f median=%.1f top=%s\n", n, distinct, (double)total / n, median2 / 2.0, out[0].name);
    return 0;
}
