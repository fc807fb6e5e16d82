#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Parses 0x/0b/0o prefixed or decimal literals with optional sign and '_' separators. */
static int parse(const char *s, int64_t *out) {
    int neg = 0, base = 10, digits = 0;
    uint64_t v = 0;
    if (*s == '+' || *s == '-') neg = *s++ == '-';
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    for (; *s; s++) {
        if (*s == '_') continue;
        int d;
        if (isdigit((unsigned char)*s)) d = *s - '0';
        else if (isalpha((unsigned char)*s)) d = tolower((unsigned char)*s) - 'a' + 10;
        else return 1;
        if (d >= base) return 2;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) return 3;
        v = v * (uint64_t)base + (uint64_t)d;
        digits++;
    }
    if (digits == 0) return 1;
    uint64_t lim = neg ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    if (v > lim) return 3;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}

int main(void) {
    static const char *msg[] = {"", "syntax", "digit", "overflow"};
    char tok[128];
    int64_t sum = 0;
    int ok = 0;
    while (scanf("%127s", tok) == 1) {
        int64_t v = 0;
        int e = parse(tok, &v);
        if (e) { printf("%-24s error %s\n", tok, msg[e]); continue; }
        ok++;
        sum = (int64_t)((uint64_t)sum + (uint64_t)v);
        printf("%-24s %lld hex %llx\n", tok, (long long)v, (unsigned long long)v);
    }
    printf("ok=%d wrapped_sum=%lld\n", ok, (long long)sum);
    return 0;
}
