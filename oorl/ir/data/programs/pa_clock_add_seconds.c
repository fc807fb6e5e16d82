#include <stdio.h>

int main(void) {
    int h, m, s;
    long long delta;
    int lines = 0;
    long long net_days = 0;
    while (lines < 10 && scanf("%d:%d:%d %lld", &h, &m, &s, &delta) == 4) {
        lines++;
        if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) { printf("%d:%d:%d is not a time\n", h, m, s); continue; }
        if (s == 60) s = 59; /* a leap second is read as the last ordinary second */
        if (delta > 1000000000000LL || delta < -1000000000000LL) { printf("shift too large\n"); continue; }
        long long total = (long long)h * 3600 + m * 60 + s + delta;
        long long days = total / 86400, rem = total % 86400;
        if (rem < 0) { rem += 86400; days--; }
        int nh = (int)(rem / 3600), nm = (int)(rem / 60 % 60), ns = (int)(rem % 60);
        int h12 = nh % 12 == 0 ? 12 : nh % 12;
        const char *part = nh < 5 ? "night" : nh < 12 ? "morning" : nh < 17 ? "afternoon" : nh < 21 ? "evening" : "night";
        printf("%02d:%02d:%02d %+lld s -> %02d:%02d:%02d (%d:%02d %s, %s)", h, m, s, delta, nh, nm, ns, h12, nm,
               nh < 12 ? "AM" : "PM", part);
        if (days) printf(" %+lld day%s", days, days == 1 || days == -1 ? "" : "s");
        printf("\n");
        net_days += days;
    }
    printf("lines=%d net_day_shift=%lld\n", lines, net_days);
    return 0;
}
