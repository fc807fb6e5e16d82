#include <stdio.h>
#include <string.h>

#define CAP 128

struct deck { int card[CAP]; int head, size; };

static void push(struct deck *d, int c) { d->card[(d->head + d->size++) % CAP] = c; }
static int pop(struct deck *d) { int c = d->card[d->head]; d->head = (d->head + 1) % CAP; d->size--; return c; }

static int rank(char c) {
    const char *order = "23456789TJQKA";
    const char *p = strchr(order, c);
    return c && p ? (int)(p - order) + 2 : 0;
}

int main(void) {
    char a[64], b[64];
    if (scanf("%63s %63s", a, b) != 2) { printf("need two decks\n"); return 0; }
    struct deck p[2] = {{{0}, 0, 0}, {{0}, 0, 0}};
    for (int i = 0; a[i]; i++) if (rank(a[i])) push(&p[0], rank(a[i]));
    for (int i = 0; b[i]; i++) if (rank(b[i])) push(&p[1], rank(b[i]));
    int rounds = 0, wars = 0, biggest = 0;
    int pot[CAP];
    while (p[0].size > 0 && p[1].size > 0 && rounds < 1000) {
        rounds++;
        int n = 0;
        for (;;) {
            int x = pop(&p[0]), y = pop(&p[1]);
            pot[n++] = x;
            pot[n++] = y;
            if (x != y) {
                struct deck *w = x > y ? &p[0] : &p[1];
                for (int i = 0; i < n; i++) push(w, pot[i]);
                break;
            }
            wars++;
            for (int k = 0; k < 3 && p[0].size > 1 && p[1].size > 1; k++) {
                pot[n++] = pop(&p[0]);
                pot[n++] = pop(&p[1]);
            }
            if (p[0].size == 0 || p[1].size == 0) {
                struct deck *w = p[0].size ? &p[0] : p[1].size ? &p[1] : NULL;
                for (int i = 0; w && i < n; i++) push(w, pot[i]);
                break;
            }
        }
        if (n > biggest) biggest = n;
    }
    const char *result = p[0].size == 0 && p[1].size == 0 ? "nobody" : p[1].size == 0 ? "player 1" : p[0].size == 0 ? "player 2" : "no one yet";
    printf("rounds=%d wars=%d biggest_pot=%d cards=%d/%d winner: %s\n", rounds, wars, biggest, p[0].size, p[1].size, result);
    return 0;
}
