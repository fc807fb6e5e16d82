#include <stddef.h>

long long gas_station_start(const long long* gas, size_t gas_len, const long long* cost, size_t cost_len) {
    size_t n = gas_len < cost_len ? gas_len : cost_len;
    if (n == 0) return -1;
    /* If the tank runs dry on the way from start to i + 1, no station in start..i can be the answer: the
       next candidate is i + 1. A full loop exists exactly when the total balance is non-negative. */
    long long total = 0, tank = 0;
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        long long balance = gas[i] - cost[i];
        total += balance;
        tank += balance;
        if (tank < 0) {
            start = i + 1;
            tank = 0;
        }
    }
    return total >= 0 ? (long long)start : -1;
}
