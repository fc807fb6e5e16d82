#include <stdio.h>
#include <string.h>

struct account {
    char owner[16];
    long long cents;
    int tx;
};

int main(void) {
    struct account acc[8];
    int n = 0;
    char op[8], who[16], other[16];
    long long amt;
    int rejected = 0;
    while (scanf("%7s %15s %lld", op, who, &amt) == 3) {
        if (amt < 0 || amt > 1000000000LL) { rejected++; continue; }
        int idx = -1;
        for (int i = 0; i < n; i++) if (strcmp(acc[i].owner, who) == 0) idx = i;
        if (idx < 0) {
            if (n == 8) { rejected++; continue; }
            idx = n++;
            strcpy(acc[idx].owner, who);
            acc[idx].cents = 0;
            acc[idx].tx = 0;
        }
        if (strcmp(op, "dep") == 0) acc[idx].cents += amt;
        else if (strcmp(op, "wd") == 0) {
            if (acc[idx].cents < amt) { rejected++; continue; }
            acc[idx].cents -= amt;
        } else if (strcmp(op, "xfer") == 0 && scanf("%15s", other) == 1) {
            int j = -1;
            for (int i = 0; i < n; i++) if (strcmp(acc[i].owner, other) == 0) j = i;
            if (j < 0 || acc[idx].cents < amt) { rejected++; continue; }
            acc[idx].cents -= amt;
            acc[j].cents += amt;
        } else { rejected++; continue; }
        acc[idx].tx++;
    }
    for (int i = 0; i < n; i++)
        printf("%s %lld.%02lld (%d tx)\n", acc[i].owner, acc[i].cents / 100, acc[i].cents % 100, acc[i].tx);
    printf("rejected=%d\n", rejected);
    return 0;
}
