#include <stdio.h>

enum light { NS_GREEN, NS_YELLOW, ALL_RED_1, EW_GREEN, EW_YELLOW, ALL_RED_2, EMERGENCY, NSTATES };
static const char *label[NSTATES] = {"NSg", "NSy", "rd1", "EWg", "EWy", "rd2", "EMG"};

int main(void) {
    enum light s = NS_GREEN;
    int timer = 0, t = 0, changes = 0, ew_waiting = 0, walk = 0, ticks_in[NSTATES] = {0};
    int c;
    while ((c = getchar()) != EOF && t < 400) {
        if (c == '\n' || c == ' ') continue;
        if (c == 'c') ew_waiting = 1;
        if (c == 'p') walk = 1;
        enum light next = s;
        timer++;
        if (c == 'e' && s != EMERGENCY) {
            next = EMERGENCY;
        } else {
            switch (s) {
            case NS_GREEN: next = (ew_waiting && timer >= 4) || timer >= 10 ? NS_YELLOW : s; break;
            case NS_YELLOW: next = timer >= 2 ? ALL_RED_1 : s; break;
            case EW_GREEN: ew_waiting = 0; next = timer >= 5 ? EW_YELLOW : s; break;
            case EW_YELLOW: next = timer >= 2 ? ALL_RED_2 : s; break;
            case EMERGENCY: next = timer >= 4 ? ALL_RED_2 : s; break;
            case ALL_RED_1:
            case ALL_RED_2:
                /* A pending walk request holds every signal red for longer. */
                if (timer >= (walk ? 3 : 1)) {
                    next = s == ALL_RED_1 ? EW_GREEN : NS_GREEN;
                    walk = 0;
                }
                break;
            default: break;
            }
        }
        ticks_in[s]++;
        if (next != s) {
            changes++;
            if (changes <= 16) printf("%s%d:%s", changes > 1 ? " " : "", t, label[next]);
            s = next;
            timer = 0;
        }
        t++;
    }
    printf("%sticks=%d changes=%d final=%s\n", changes ? "\n" : "", t, changes, label[s]);
    for (int i = 0; i < NSTATES; i++) printf("%s%s=%d", i ? " " : "", label[i], ticks_in[i]);
    printf("\n");
    return 0;
}
