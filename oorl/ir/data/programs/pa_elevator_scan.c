#include <stdbool.h>
#include <stdio.h>

enum dir { IDLE, UP, DOWN };

int main(void) {
    int floors, n = 0;
    int at[64], want[64];
    if (scanf("%d", &floors) != 1 || floors < 2 || floors > 50) { printf("bad building\n"); return 0; }
    while (n < 64 && scanf("%d %d", &at[n], &want[n]) == 2) {
        if (want[n] < 0 || want[n] >= floors || at[n] < 0) continue;
        n++;
    }
    bool pending[50] = {false};
    int floor = 0, next_req = 0, travelled = 0, stops = 0, outstanding = 0;
    enum dir d = IDLE;
    static const char *names[] = {"idle", "up", "down"};
    for (int t = 0; t < 2000 && (next_req < n || outstanding > 0); t++) {
        for (; next_req < n && at[next_req] <= t; next_req++)
            if (!pending[want[next_req]]) { pending[want[next_req]] = true; outstanding++; }
        if (pending[floor]) {
            pending[floor] = false;
            outstanding--;
            stops++;
            if (stops <= 10) printf("t=%d stop %d (%s)\n", t, floor, names[d]);
            continue;
        }
        bool above = false, below = false;
        for (int f = 0; f < floors; f++) {
            if (!pending[f]) continue;
            if (f > floor) above = true;
            if (f < floor) below = true;
        }
        if (d == UP && !above) d = below ? DOWN : IDLE;
        else if (d == DOWN && !below) d = above ? UP : IDLE;
        else if (d == IDLE) d = above ? UP : below ? DOWN : IDLE;
        if (d == UP) floor++;
        else if (d == DOWN) floor--;
        else continue;
        travelled++;
    }
    printf("requests=%d stops=%d travelled=%d final_floor=%d left=%d\n", n, stops, travelled, floor, outstanding);
    return 0;
}
