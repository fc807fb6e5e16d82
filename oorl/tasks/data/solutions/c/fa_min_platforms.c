#include <stdlib.h>
#include <string.h>

static int by_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return (x > y) - (x < y);
}

long long min_platforms(const long long* arrivals, size_t arrivals_len, const long long* departures,
                        size_t departures_len) {
    size_t n = arrivals_len < departures_len ? arrivals_len : departures_len;
    long long* arr = malloc(sizeof(long long) * (n + 1));
    long long* dep = malloc(sizeof(long long) * (n + 1));
    if (n > 0) {
        memcpy(arr, arrivals, sizeof(long long) * n);
        memcpy(dep, departures, sizeof(long long) * n);
    }
    qsort(arr, n, sizeof(long long), by_value);
    qsort(dep, n, sizeof(long long), by_value);
    /* Sweep the events in time order; an arrival at the minute of a departure comes first, since the
       departing train still holds its platform then. */
    size_t i = 0, j = 0;
    long long busy = 0, best = 0;
    while (i < n) {
        if (arr[i] <= dep[j]) {
            busy++;
            i++;
            if (busy > best) best = busy;
        } else {
            busy--;
            j++;
        }
    }
    free(arr);
    free(dep);
    return best;
}
