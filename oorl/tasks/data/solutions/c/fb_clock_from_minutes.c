#include <stdio.h>
#include <stdlib.h>

char* clock_from_minutes(long long minutes) {
    long long of_day = (minutes % 1440 + 1440) % 1440;  /* % keeps the sign of a negative offset */
    char* out = malloc(6);
    snprintf(out, 6, "%02lld:%02lld", of_day / 60, of_day % 60);
    return out;
}
