#include <ctype.h>

/* Recursive descent over the grammar
     expr   := term (('+' | '-') term)*
     term   := factor (('*' | '/') factor)*
     factor := '-' factor | '(' expr ')' | number
   with *p advancing through the text; C's / already truncates toward zero. */
static long long parse_expr(const char** p);

static void skip_spaces(const char** p) {
    while (isspace((unsigned char)**p)) (*p)++;
}

static long long parse_factor(const char** p) {
    skip_spaces(p);
    if (**p == '-') {
        (*p)++;
        return -parse_factor(p);
    }
    if (**p == '(') {
        (*p)++;
        long long value = parse_expr(p);
        skip_spaces(p);
        if (**p == ')') (*p)++;
        return value;
    }
    long long value = 0;
    while (isdigit((unsigned char)**p)) value = value * 10 + (*(*p)++ - '0');
    return value;
}

static long long parse_term(const char** p) {
    long long value = parse_factor(p);
    for (;;) {
        skip_spaces(p);
        char op = **p;
        if (op != '*' && op != '/') return value;
        (*p)++;
        long long rhs = parse_factor(p);
        value = op == '*' ? value * rhs : value / rhs;
    }
}

static long long parse_expr(const char** p) {
    long long value = parse_term(p);
    for (;;) {
        skip_spaces(p);
        char op = **p;
        if (op != '+' && op != '-') return value;
        (*p)++;
        long long rhs = parse_term(p);
        value = op == '+' ? value + rhs : value - rhs;
    }
}

long long eval_expression(const char* expr) {
    return parse_expr(&expr);
}
