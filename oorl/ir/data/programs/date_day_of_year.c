#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int main(void) {
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    static const char *wd[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    int y, m, d;
    while (scanf("%d-%d-%d", &y, &m, &d) == 3) {
        if (y < 1 || y > 9999 || m < 1 || m > 12) { printf("invalid\n"); continue; }
        int dim = mdays[m - 1] + (m == 2 && is_leap(y));
        if (d < 1 || d > dim) { printf("invalid day\n"); continue; }
        int doy = d;
        for (int i = 0; i < m - 1; i++) doy += mdays[i] + (i == 1 && is_leap(y));
        long long days = 0;
        for (int yy = 1; yy < y; yy++) days += 365 + is_leap(yy);
        days += doy - 1;
        printf("%04d-%02d-%02d: day %d, %s, leap=%d\n", y, m, d, doy, wd[days % 7], is_leap(y));
    }
    return 0;
}
