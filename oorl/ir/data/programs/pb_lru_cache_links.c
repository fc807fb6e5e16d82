#include <stdio.h>

#define MAXCAP 16

/* LRU cache: slots in arrays, a doubly linked recency list through prev/next indices. */
static int keyof[MAXCAP], prv[MAXCAP], nxt[MAXCAP], head = -1, tail = -1, used;

static void unlink_slot(int s) {
    if (prv[s] >= 0) nxt[prv[s]] = nxt[s]; else head = nxt[s];
    if (nxt[s] >= 0) prv[nxt[s]] = prv[s]; else tail = prv[s];
}

static void push_front(int s) {
    prv[s] = -1;
    nxt[s] = head;
    if (head >= 0) prv[head] = s; else tail = s;
    head = s;
}

int main(void) {
    int cap, key, hits = 0, misses = 0, evictions = 0;
    if (scanf("%d", &cap) != 1 || cap < 1 || cap > MAXCAP) { printf("bad capacity\n"); return 0; }
    while (scanf("%d", &key) == 1) {
        int s = -1;
        for (int i = head; i >= 0; i = nxt[i])
            if (keyof[i] == key) { s = i; break; }
        if (s >= 0) {
            hits++;
            unlink_slot(s);
        } else {
            misses++;
            if (used < cap) s = used++;
            else { s = tail; unlink_slot(s); evictions++; }
            keyof[s] = key;
        }
        push_front(s);
    }
    printf("hits=%d misses=%d evictions=%d\nrecent->old:", hits, misses, evictions);
    for (int i = head; i >= 0; i = nxt[i]) printf(" %d", keyof[i]);
    printf("\n");
    return 0;
}
