#include <stdio.h>

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int valid(long y, int m, int d) {
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return 0;
    return d <= mdays[m - 1] + (m == 2 && is_leap(y));
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar (eras of 400 years). */
static long days_from_civil(long y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int main(void) {
    static const char *wd[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    long y1, y2;
    int m1, d1, m2, d2, pairs = 0;
    while (pairs < 8 && scanf("%ld-%d-%d %ld-%d-%d", &y1, &m1, &d1, &y2, &m2, &d2) == 6) {
        pairs++;
        if (!valid(y1, m1, d1) || !valid(y2, m2, d2)) { printf("pair %d: invalid date\n", pairs); continue; }
        long a = days_from_civil(y1, m1, d1), b = days_from_civil(y2, m2, d2);
        long diff = b - a, mag = diff < 0 ? -diff : diff;
        int leaps = 0;
        long lo = y1 < y2 ? y1 : y2, hi = y1 < y2 ? y2 : y1;
        for (long y = lo; y <= hi; y++) leaps += is_leap(y);
        printf("%04ld-%02d-%02d (%s) -> %04ld-%02d-%02d (%s): %ld days = %ld weeks %ld days, %d leap years spanned\n",
               y1, m1, d1, wd[((a % 7) + 7) % 7], y2, m2, d2, wd[((b % 7) + 7) % 7], diff, mag / 7, mag % 7, leaps);
    }
    if (!pairs) printf("no date pairs\n");
    return 0;
}
