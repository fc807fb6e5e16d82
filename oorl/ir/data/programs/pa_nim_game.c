#include <stdio.h>

int main(void) {
    int heaps[8], n = 0;
    while (n < 8 && scanf("%d", &heaps[n]) == 1) {
        if (heaps[n] < 0) heaps[n] = 0;
        if (heaps[n] > 200) heaps[n] = 200;
        n++;
    }
    if (n == 0) { printf("no heaps\n"); return 0; }
    int x = 0;
    for (int i = 0; i < n; i++) x ^= heaps[i];
    printf("nim-sum=%d first player %s\n", x, x ? "wins" : "loses");
    int player = 0, moves = 0, total;
    do {
        total = 0;
        x = 0;
        for (int i = 0; i < n; i++) { x ^= heaps[i]; total += heaps[i]; }
        if (total == 0) break;
        int heap = -1, take = 0;
        if (x) {
            for (int i = 0; i < n && heap < 0; i++)
                if ((heaps[i] ^ x) < heaps[i]) { heap = i; take = heaps[i] - (heaps[i] ^ x); }
        } else {
            /* Losing position: stall by taking one from the largest heap. */
            heap = 0;
            for (int i = 1; i < n; i++)
                if (heaps[i] > heaps[heap]) heap = i;
            take = 1;
        }
        heaps[heap] -= take;
        moves++;
        if (moves <= 6) printf("P%d takes %d from heap %d\n", player + 1, take, heap);
        player ^= 1;
    } while (moves < 10000);
    printf("moves=%d winner=P%d\n", moves, moves ? 2 - (moves & 1) : 2);
    return 0;
}
