#include <stdio.h>

static long long moves = 0;
static int peg_top[3];

static void hanoi(int n, int from, int to, int via, int show) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, show);
    moves++;
    peg_top[to] = n;
    if (show) printf("disk %d: %c -> %c\n", n, 'A' + from, 'A' + to);
    hanoi(n - 1, via, to, from, show);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    if (n < 0) n = 0;
    if (n > 18) n = 18;
    peg_top[0] = peg_top[1] = peg_top[2] = 0;
    hanoi(n, 0, 2, 1, n <= 3);
    printf("n=%d moves=%lld expected=%lld last_top=%d\n", n, moves, (1LL << n) - 1, peg_top[2]);
    return 0;
}
