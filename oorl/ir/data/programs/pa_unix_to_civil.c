#include <stdio.h>

struct civil { long long y; unsigned m, d; };

static struct civil civil_from_days(long long z) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    struct civil c;
    c.d = doy - (153 * mp + 2) / 5 + 1;
    c.m = mp < 10 ? mp + 3 : mp - 9;
    c.y = (long long)yoe + era * 400 + (c.m <= 2);
    return c;
}

static int day_of_year(struct civil c) {
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int leap = (c.y % 4 == 0 && c.y % 100 != 0) || c.y % 400 == 0;
    return before[c.m - 1] + (int)c.d + (leap && c.m > 2);
}

int main(void) {
    static const char *wd[] = {"Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"};
    long long t;
    int n = 0;
    while (n < 8 && scanf("%lld", &t) == 1) {
        n++;
        if (t > 253402300799LL || t < -62135596800LL) { printf("%lld: outside years 1..9999\n", t); continue; }
        long long days = t / 86400, secs = t % 86400;
        if (secs < 0) { secs += 86400; days--; }
        struct civil c = civil_from_days(days);
        printf("%lld = %04lld-%02u-%02uT%02lld:%02lld:%02lldZ %s day %d%s\n", t, c.y, c.m, c.d, secs / 3600,
               secs / 60 % 60, secs % 60, wd[((days % 7) + 7) % 7], day_of_year(c), t < 0 ? " (before epoch)" : "");
    }
    if (!n) printf("no timestamps\n");
    return 0;
}
