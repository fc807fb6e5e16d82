#include <stdio.h>

static void gregorian_easter(int y, int *month, int *day) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    *month = (h + l - 7 * m + 114) / 31;
    *day = (h + l - 7 * m + 114) % 31 + 1;
}

static void julian_easter(int y, int *month, int *day) {
    int a = y % 4, b = y % 7, c = y % 19;
    int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    *month = (d + e + 114) / 31;
    *day = (d + e + 114) % 31 + 1;
}

/* Sakamoto's method, 0 = Sunday. */
static int weekday(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y--;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int main(void) {
    int y, shown = 0, earliest = 99, latest = 0, earliest_year = 0, latest_year = 0;
    while (shown < 10 && scanf("%d", &y) == 1) {
        if (y < 1583 || y > 9999) { printf("%d: outside the Gregorian range\n", y); continue; }
        shown++;
        int gm, gd, jm, jd;
        gregorian_easter(y, &gm, &gd);
        julian_easter(y, &jm, &jd);
        int after_equinox = gm == 3 ? gd - 21 : gd + 10;
        if (after_equinox < earliest) { earliest = after_equinox; earliest_year = y; }
        if (after_equinox > latest) { latest = after_equinox; latest_year = y; }
        printf("%d: %s %2d (%s) julian-calendar date %s %2d, %d days after Mar 21\n", y, gm == 3 ? "Mar" : "Apr", gd,
               weekday(y, gm, gd) == 0 ? "Sun" : "??", jm == 3 ? "Mar" : "Apr", jd, after_equinox);
    }
    if (shown) printf("earliest %d (+%d) latest %d (+%d)\n", earliest_year, earliest, latest_year, latest);
    else printf("no years\n");
    return 0;
}
