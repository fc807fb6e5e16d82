#include <ctype.h>

/* Recursive descent, one function per precedence level:
     sum     := product (('+' | '-') product)*
     product := unary (('*' | '/') unary)*
     unary   := '-' unary | '(' sum ')' | digits
   The loops make operators of equal precedence group from the left; C's / truncates toward zero. */
static long long sum(const char** p);

static void skip_spaces(const char** p) {
    while (isspace((unsigned char)**p)) (*p)++;
}

static long long unary(const char** p) {
    skip_spaces(p);
    if (**p == '-') {
        (*p)++;
        return -unary(p);
    }
    if (**p == '(') {
        (*p)++;
        long long inner = sum(p);
        skip_spaces(p);
        if (**p == ')') (*p)++;
        return inner;
    }
    long long value = 0;
    for (; isdigit((unsigned char)**p); (*p)++) value = value * 10 + (**p - '0');
    return value;
}

static long long product(const char** p) {
    long long value = unary(p);
    for (;;) {
        skip_spaces(p);
        char op = **p;
        if (op != '*' && op != '/') return value;
        (*p)++;
        long long rhs = unary(p);
        value = op == '*' ? value * rhs : value / rhs;
    }
}

static long long sum(const char** p) {
    long long value = product(p);
    for (;;) {
        skip_spaces(p);
        char op = **p;
        if (op != '+' && op != '-') return value;
        (*p)++;
        long long rhs = product(p);
        value = op == '+' ? value + rhs : value - rhs;
    }
}

long long arithmetic_eval(const char* expr) {
    return sum(&expr);
}
