#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int day_of_year(int y, int m, int d) {
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[m - 1] + d + (m > 2 && is_leap(y));
}

/* ISO weekday of 1 January: 1 = Monday .. 7 = Sunday (Gauss's method). */
static int jan1_weekday(int y) {
    int r = (1 + 5 * ((y - 1) % 4) + 4 * ((y - 1) % 100) + 6 * ((y - 1) % 400)) % 7; /* 0 = Sunday */
    return r == 0 ? 7 : r;
}

static int weeks_in_year(int y) {
    int j = jan1_weekday(y);
    return j == 4 || (j == 3 && is_leap(y)) ? 53 : 52;
}

int main(void) {
    int y, m, d, n = 0;
    while (n < 10 && scanf("%d-%d-%d", &y, &m, &d) == 3) {
        n++;
        static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (y < 2 || y > 9998 || m < 1 || m > 12 || d < 1 || d > md[m - 1] + (m == 2 && is_leap(y))) {
            printf("%d-%d-%d: invalid\n", y, m, d);
            continue;
        }
        int doy = day_of_year(y, m, d);
        int wd = (jan1_weekday(y) - 1 + doy - 1) % 7 + 1;
        int week = (doy - wd + 10) / 7, wy = y;
        if (week < 1) { wy = y - 1; week = weeks_in_year(wy); }
        else if (week > weeks_in_year(y)) { wy = y + 1; week = 1; }
        printf("%04d-%02d-%02d -> %04d-W%02d-%d (day %d, %d ISO weeks in %d)%s\n", y, m, d, wy, week, wd, doy,
               weeks_in_year(wy), wy, wy != y ? " year shifted" : "");
    }
    if (!n) printf("no dates\n");
    return 0;
}
