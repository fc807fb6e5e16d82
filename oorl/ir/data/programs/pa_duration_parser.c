#include <ctype.h>
#include <stdio.h>

enum state { EXPECT_NUMBER, IN_NUMBER, EXPECT_UNIT_OR_END, FAILED };

static long long unit_seconds(int c) {
    switch (c) {
    case 'w': return 604800;
    case 'd': return 86400;
    case 'h': return 3600;
    case 'm': return 60;
    case 's': return 1;
    default: return 0;
    }
}

int main(void) {
    char tok[64];
    long long total = 0;
    int good = 0, bad = 0;
    while (good + bad < 12 && scanf("%63s", tok) == 1) {
        enum state st = EXPECT_NUMBER;
        long long value = 0, secs = 0, last_unit = 1000000;
        for (int i = 0; tok[i] && st != FAILED; i++) {
            int c = (unsigned char)tok[i];
            if (isdigit(c)) {
                value = value * 10 + (c - '0');
                st = value > 100000000LL ? FAILED : IN_NUMBER;
            } else if (st == IN_NUMBER && unit_seconds(c) && unit_seconds(c) < last_unit) {
                last_unit = unit_seconds(c); /* units must shrink: "1h2m", not "2m1h" */
                secs += value * last_unit;
                value = 0;
                st = EXPECT_UNIT_OR_END;
            } else {
                st = FAILED;
            }
        }
        if (st == IN_NUMBER) { /* a bare trailing number counts as seconds, unless seconds were given */
            if (last_unit > 1) secs += value;
            else st = FAILED;
        }
        if (st == FAILED || st == EXPECT_NUMBER) {
            printf("%-14s invalid\n", tok);
            bad++;
            continue;
        }
        good++;
        total += secs;
        printf("%-14s %lld s = %lldd %02lld:%02lld:%02lld\n", tok, secs, secs / 86400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    }
    printf("valid=%d invalid=%d total=%lld s (%.3f hours)\n", good, bad, total, (double)total / 3600.0);
    return 0;
}
