#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct team { char name[12]; int played, won, drawn, lost, gf, ga, pts; };

static struct team teams[16];
static int nteams;

static struct team *get(const char *name) {
    for (int i = 0; i < nteams; i++)
        if (strcmp(teams[i].name, name) == 0) return &teams[i];
    if (nteams == 16) return NULL;
    struct team *t = &teams[nteams++];
    memset(t, 0, sizeof *t);
    strncpy(t->name, name, sizeof t->name - 1);
    return t;
}

static int order(const void *a, const void *b) {
    const struct team *x = a, *y = b;
    if (x->pts != y->pts) return y->pts - x->pts;
    int gdx = x->gf - x->ga, gdy = y->gf - y->ga;
    if (gdx != gdy) return gdy - gdx;
    if (x->gf != y->gf) return y->gf - x->gf;
    return strcmp(x->name, y->name);
}

int main(void) {
    char home[12], away[12];
    int hg, ag, matches = 0, goals = 0;
    while (matches < 100 && scanf("%11s %d %11s %d", home, &hg, away, &ag) == 4) {
        if (hg < 0 || ag < 0 || hg > 99 || ag > 99 || strcmp(home, away) == 0) { printf("bad result ignored\n"); continue; }
        struct team *h = get(home), *a = get(away);
        if (!h || !a) break;
        matches++;
        goals += hg + ag;
        h->played++; a->played++;
        h->gf += hg; h->ga += ag; a->gf += ag; a->ga += hg;
        if (hg > ag) { h->won++; a->lost++; h->pts += 3; }
        else if (hg < ag) { a->won++; h->lost++; a->pts += 3; }
        else { h->drawn++; a->drawn++; h->pts++; a->pts++; }
    }
    qsort(teams, (size_t)nteams, sizeof teams[0], order);
    printf("pos team        P  W  D  L  GF GA  GD Pts\n");
    for (int i = 0; i < nteams; i++) {
        const struct team *t = &teams[i];
        printf("%3d %-10s %2d %2d %2d %2d %3d %2d %+3d %3d\n", i + 1, t->name, t->played, t->won, t->drawn,
               t->lost, t->gf, t->ga, t->gf - t->ga, t->pts);
    }
    printf("matches=%d goals=%d avg=%.2f\n", matches, goals, matches ? (double)goals / matches : 0.0);
    return 0;
}
