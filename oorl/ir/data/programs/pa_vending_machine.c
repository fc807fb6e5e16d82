#include <stdio.h>
#include <string.h>

struct slot { char code[3]; int price; int stock; };

int main(void) {
    struct slot slots[] = {{"A1", 65, 2}, {"A2", 100, 1}, {"B1", 35, 3}, {"B2", 150, 0}};
    const int nslots = (int)(sizeof slots / sizeof slots[0]);
    char cmd[16], arg[16];
    int credit = 0, sales = 0, revenue = 0, rejected = 0, refunded = 0;
    while (scanf("%15s", cmd) == 1) {
        if (strcmp(cmd, "coin") == 0) {
            int v;
            if (scanf("%d", &v) != 1) break;
            if (v == 5 || v == 10 || v == 25 || v == 100) credit += v;
            else { rejected++; printf("reject coin %d\n", v); }
        } else if (strcmp(cmd, "select") == 0) {
            if (scanf("%15s", arg) != 1) break;
            int i = 0;
            while (i < nslots && strcmp(slots[i].code, arg) != 0) i++;
            if (i == nslots) { printf("no slot %s\n", arg); continue; }
            if (slots[i].stock == 0) { printf("%s sold out\n", arg); continue; }
            if (credit < slots[i].price) { printf("%s needs %d more\n", arg, slots[i].price - credit); continue; }
            int change = credit - slots[i].price;
            slots[i].stock--;
            sales++;
            revenue += slots[i].price;
            credit = 0;
            int q = change / 25, dm = change % 25 / 10, nk = change % 25 % 10 / 5;
            printf("vend %s change %d = %dq %dd %dn\n", arg, change, q, dm, nk);
        } else if (strcmp(cmd, "cancel") == 0) {
            printf("refund %d\n", credit);
            refunded += credit;
            credit = 0;
        } else {
            printf("unknown %s\n", cmd);
        }
    }
    printf("sales=%d revenue=%d refunded=%d kept_credit=%d rejected=%d stock=", sales, revenue, refunded, credit, rejected);
    for (int i = 0; i < nslots; i++) printf("%d%s", slots[i].stock, i + 1 < nslots ? "/" : "\n");
    return 0;
}
