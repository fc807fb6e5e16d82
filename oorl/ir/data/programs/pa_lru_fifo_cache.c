#include <stdio.h>

#define MAXC 16

static int find(const int *slots, int used, int page) {
    for (int i = 0; i < used; i++)
        if (slots[i] == page) return i;
    return -1;
}

int main(void) {
    int cap;
    if (scanf("%d", &cap) != 1 || cap < 1 || cap > MAXC) { printf("capacity must be 1..%d\n", MAXC); return 0; }
    int lru[MAXC], lru_used = 0, lru_hits = 0;
    long stamp[MAXC];
    int fifo[MAXC], fifo_used = 0, fifo_next = 0, fifo_hits = 0;
    int page, refs = 0;
    while (refs < 500 && scanf("%d", &page) == 1) {
        refs++;
        int i = find(lru, lru_used, page);
        if (i >= 0) lru_hits++;
        else if (lru_used < cap) i = lru_used++;
        else {
            i = 0;
            for (int j = 1; j < cap; j++)
                if (stamp[j] < stamp[i]) i = j;
        }
        lru[i] = page;
        stamp[i] = refs;
        if (find(fifo, fifo_used, page) >= 0) fifo_hits++;
        else if (fifo_used < cap) fifo[fifo_used++] = page;
        else { fifo[fifo_next] = page; fifo_next = (fifo_next + 1) % cap; }
    }
    printf("refs=%d lru_hits=%d fifo_hits=%d\n", refs, lru_hits, fifo_hits);
    printf("lru (most recent first):");
    for (int shown = 0; shown < lru_used; shown++) {
        int best = -1;
        for (int j = 0; j < lru_used; j++)
            if (stamp[j] > 0 && (best < 0 || stamp[j] > stamp[best])) best = j;
        printf(" %d", lru[best]);
        stamp[best] = 0;
    }
    printf("\nfifo (oldest first):");
    for (int k = 0; k < fifo_used; k++) printf(" %d", fifo[(fifo_next + k) % fifo_used]);
    printf("\n%s\n", lru_hits > fifo_hits ? "lru better" : lru_hits < fifo_hits ? "fifo better" : "tie");
    return 0;
}
