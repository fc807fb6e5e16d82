#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(int y, int m) {
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return md[m - 1] + (m == 2 && is_leap(y));
}

/* Zeller's congruence, shifted so 0 = Monday. */
static int weekday_monday0(int y, int m, int d) {
    if (m < 3) { m += 12; y--; }
    int k = y % 100, j = y / 100;
    int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; /* 0 = Saturday */
    return (h + 5) % 7;
}

int main(void) {
    static const char *names[] = {"January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December"};
    int y, m, mark;
    if (scanf("%d %d", &y, &m) != 2 || y < 1583 || y > 9999 || m < 1 || m > 12) { printf("need year (1583..9999) and month\n"); return 0; }
    if (scanf("%d", &mark) != 1) mark = 0;
    int first = weekday_monday0(y, m, 1), n = days_in(y, m);
    printf("%s %d\n", names[m - 1], y);
    printf(" Mo Tu We Th Fr Sa Su\n");
    for (int i = 0; i < first; i++) printf("   ");
    int col = first, weekend_days = 0, fridays13 = 0;
    for (int d = 1; d <= n; d++) {
        printf("%c%2d", d == mark ? '*' : ' ', d);
        weekend_days += col >= 5;
        fridays13 += d == 13 && col == 4;
        if (++col == 7 && d < n) { printf("\n"); col = 0; }
    }
    printf("\n");
    int fri13_year = 0;
    for (int mm = 1; mm <= 12; mm++) fri13_year += weekday_monday0(y, mm, 13) == 4;
    printf("days=%d weekend=%d workdays=%d friday13=%s (%d in %d)\n", n, weekend_days, n - weekend_days,
           fridays13 ? "yes" : "no", fri13_year, y);
    return 0;
}
