#include <stdio.h>

#define MAXS 4

int main(void) {
    int servers;
    if (scanf("%d", &servers) != 1 || servers < 1 || servers > MAXS) { printf("need 1..%d servers\n", MAXS); return 0; }
    long free_at[MAXS] = {0}, busy[MAXS] = {0};
    int served[MAXS] = {0};
    long arrival, service, last_arrival = 0, total_wait = 0, max_wait = 0, end = 0;
    int customers = 0, waited = 0;
    while (customers < 200 && scanf("%ld %ld", &arrival, &service) == 2) {
        if (service < 1) service = 1;
        if (service > 10000) service = 10000;
        if (arrival < last_arrival) arrival = last_arrival;
        if (arrival > 1000000) arrival = 1000000;
        last_arrival = arrival;
        int best = 0;
        for (int s = 1; s < servers; s++)
            if (free_at[s] < free_at[best]) best = s;
        long start = free_at[best] > arrival ? free_at[best] : arrival;
        long wait = start - arrival;
        if (wait > 0) waited++;
        if (wait > max_wait) max_wait = wait;
        total_wait += wait;
        free_at[best] = start + service;
        busy[best] += service;
        served[best]++;
        if (free_at[best] > end) end = free_at[best];
        customers++;
    }
    if (!customers) { printf("no customers\n"); return 0; }
    printf("customers=%d waited=%d avg_wait=%.2f max_wait=%ld end=%ld\n", customers, waited,
           (double)total_wait / customers, max_wait, end);
    for (int s = 0; s < servers; s++)
        printf("teller %d: served=%d busy=%ld util=%.1f%%\n", s, served[s], busy[s],
               end > 0 ? 100.0 * (double)busy[s] / (double)end : 0.0);
    return 0;
}
