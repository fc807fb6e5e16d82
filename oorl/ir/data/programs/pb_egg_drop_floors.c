#include <stdio.h>

/* reach[e] after t trials = highest floor count solvable with e eggs */
int main(void) {
    int eggs;
    long long floors;
    while (scanf("%d %lld", &eggs, &floors) == 2) {
        if (eggs < 1 || eggs > 60 || floors < 0 || floors > 1000000000000LL) {
            printf("eggs=%d floors=%lld: invalid\n", eggs, floors);
            continue;
        }
        long long reach[61] = {0};
        long long prev_fewer = 0;
        int trials = 0;
        while (reach[eggs] < floors) {
            trials++;
            prev_fewer = reach[eggs - 1];
            for (int e = eggs; e >= 1; e--) {
                long long v = reach[e] + reach[e - 1] + 1;
                reach[e] = v > floors ? floors : v;
            }
        }
        long long first = prev_fewer + 1;
        if (first > floors) first = floors;
        printf("eggs=%d floors=%lld: trials=%d first_drop=%lld\n", eggs, floors, trials, trials ? first : 0);
    }
    return 0;
}
