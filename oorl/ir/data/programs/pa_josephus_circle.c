#include <stdio.h>
#include <stdlib.h>

struct node { int id; struct node *next; };

static int josephus_formula(int n, int k) {
    int pos = 0;
    for (int m = 2; m <= n; m++) pos = (pos + k) % m;
    return pos + 1;
}

int main(void) {
    int n, k, games = 0;
    while (games < 6 && scanf("%d %d", &n, &k) == 2) {
        games++;
        if (n < 1 || n > 2000 || k < 1 || k > 100000) { printf("n=%d k=%d: invalid\n", n, k); continue; }
        struct node *ring = malloc(sizeof *ring * (size_t)n);
        if (!ring) return 0;
        for (int i = 0; i < n; i++) {
            ring[i].id = i + 1;
            ring[i].next = &ring[(i + 1) % n];
        }
        struct node *prev = &ring[n - 1];
        unsigned checksum = 0;
        printf("n=%d k=%d order:", n, k);
        for (int removed = 0; removed < n - 1; removed++) {
            int steps = (k - 1) % (n - removed);
            while (steps--) prev = prev->next;
            struct node *out = prev->next;
            prev->next = out->next;
            checksum = checksum * 31u + (unsigned)out->id;
            if (removed < 8) printf(" %d", out->id);
        }
        int survivor = prev->id;
        printf("%s survivor=%d formula=%d sum=%u\n", n > 9 ? " ..." : "", survivor,
               josephus_formula(n, k), checksum);
        free(ring);
    }
    if (!games) printf("no games\n");
    return 0;
}
