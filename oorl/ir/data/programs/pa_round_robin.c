#include <stdio.h>

#define MAXP 16

int main(void) {
    int n, quantum;
    int arrive[MAXP], burst[MAXP], left[MAXP], finish[MAXP];
    if (scanf("%d %d", &n, &quantum) != 2 || n < 1 || quantum < 1) { printf("need n and quantum\n"); return 0; }
    if (n > MAXP) n = MAXP;
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &arrive[i], &burst[i]) != 2) { n = i; break; }
        if (arrive[i] < 0) arrive[i] = 0;
        if (arrive[i] > 10000) arrive[i] = 10000;
        if (burst[i] < 1) burst[i] = 1;
        if (burst[i] > 1000) burst[i] = 1000;
        left[i] = burst[i];
    }
    if (n == 0) { printf("no processes\n"); return 0; }
    int queue[MAXP + 1], head = 0, count = 0, admitted = 0, t = 0, switches = 0, done = 0;
    int arrived[MAXP] = {0};
    while (done < n) {
        for (int i = 0; i < n; i++)
            if (!arrived[i] && arrive[i] <= t) { arrived[i] = 1; queue[(head + count++) % (MAXP + 1)] = i; admitted++; }
        if (count == 0) { t++; continue; }
        int p = queue[head];
        head = (head + 1) % (MAXP + 1);
        count--;
        int run = left[p] < quantum ? left[p] : quantum;
        t += run;
        left[p] -= run;
        switches++;
        for (int i = 0; i < n; i++)
            if (!arrived[i] && arrive[i] <= t) { arrived[i] = 1; queue[(head + count++) % (MAXP + 1)] = i; admitted++; }
        if (left[p] > 0) queue[(head + count++) % (MAXP + 1)] = p;
        else { finish[p] = t; done++; }
    }
    double tat = 0, wait = 0;
    for (int i = 0; i < n; i++) {
        int ta = finish[i] - arrive[i];
        printf("P%d finish=%d turnaround=%d wait=%d\n", i, finish[i], ta, ta - burst[i]);
        tat += ta;
        wait += ta - burst[i];
    }
    printf("slices=%d admitted=%d avg_turnaround=%.2f avg_wait=%.2f\n", switches, admitted, tat / n, wait / n);
    return 0;
}
