#include <stdio.h>
#include <string.h>

static const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                             "seventeen", "eighteen", "nineteen"};
static const char *tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
static const char *scales[] = {"", " thousand", " million", " billion"};

static void below_thousand(unsigned n, char *out) {
    char part[64] = "";
    if (n >= 100) {
        sprintf(part, "%s hundred", ones[n / 100]);
        n %= 100;
        if (n) strcat(part, " and ");
    }
    strcat(out, part);
    if (n >= 20) {
        strcat(out, tens[n / 10]);
        if (n % 10) { strcat(out, "-"); strcat(out, ones[n % 10]); }
    } else if (n > 0) {
        strcat(out, ones[n]);
    }
}

int main(void) {
    long long x;
    while (scanf("%lld", &x) == 1) {
        char words[512] = "";
        if (x < -999999999999LL || x > 999999999999LL) { printf("%lld: out of range\n", x); continue; }
        unsigned long long u = x < 0 ? (unsigned long long)(-x) : (unsigned long long)x;
        if (x < 0) strcat(words, "minus ");
        if (u == 0) strcat(words, "zero");
        unsigned groups[4];
        int ng = 0;
        while (u > 0) { groups[ng++] = (unsigned)(u % 1000); u /= 1000; }
        int first = 1;
        for (int g = ng - 1; g >= 0; g--) {
            if (groups[g] == 0) continue;
            if (!first) strcat(words, g == 0 && groups[g] < 100 ? " and " : ", ");
            below_thousand(groups[g], words);
            strcat(words, scales[g]);
            first = 0;
        }
        printf("%lld: %s (%zu chars)\n", x, words, strlen(words));
    }
    return 0;
}
