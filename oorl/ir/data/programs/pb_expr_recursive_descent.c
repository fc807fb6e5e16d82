#include <ctype.h>
#include <stdio.h>

static const char *p;
static int err;

static long long expr(int depth);

static void skip(void) { while (*p == ' ' || *p == '\t') p++; }

static long long clamp(long long v) {
    if (v > 1000000000LL || v < -1000000000LL) { err = err ? err : 3; return 0; }
    return v;
}

static long long factor(int depth) {
    skip();
    if (depth > 40) { err = 4; return 0; }
    if (*p == '-') { p++; return -factor(depth + 1); }
    if (*p == '(') {
        p++;
        long long v = expr(depth + 1);
        skip();
        if (*p == ')') p++; else if (!err) err = 1;
        return v;
    }
    if (!isdigit((unsigned char)*p)) { if (!err) err = 1; return 0; }
    long long v = 0;
    while (isdigit((unsigned char)*p)) { v = clamp(v * 10 + (*p - '0')); p++; }
    return v;
}

static long long term(int depth) {
    long long v = factor(depth);
    for (;;) {
        skip();
        char op = *p;
        if (op != '*' && op != '/' && op != '%') return v;
        p++;
        long long r = factor(depth);
        if (op == '*') v = clamp(v * r);
        else if (r == 0) { if (!err) err = 2; v = 0; }
        else v = op == '/' ? v / r : v % r;
    }
}

static long long expr(int depth) {
    long long v = term(depth);
    for (;;) {
        skip();
        if (*p == '+') { p++; v = clamp(v + term(depth)); }
        else if (*p == '-') { p++; v = clamp(v - term(depth)); }
        else return v;
    }
}

int main(void) {
    static const char *why[] = {"ok", "syntax", "div0", "range", "deep"};
    char line[512];
    int lineno = 0;
    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        p = line;
        err = 0;
        long long v = expr(0);
        skip();
        if (!err && *p != '\n' && *p != '\0') err = 1;
        if (err) printf("%d: error %s at col %d\n", lineno, why[err], (int)(p - line) + 1);
        else printf("%d: %lld\n", lineno, v);
    }
    return 0;
}
