#include <stdio.h>

static unsigned long long digit_op(unsigned long long n, int multiply) {
    unsigned long long acc = multiply ? 1 : 0;
    do {
        unsigned d = (unsigned)(n % 10);
        acc = multiply ? acc * d : acc + d;
        n /= 10;
    } while (n);
    return acc;
}

static int persistence(unsigned long long n, int multiply, unsigned long long *root) {
    int steps = 0;
    while (n >= 10) {
        n = digit_op(n, multiply);
        steps++;
    }
    *root = n;
    return steps;
}

static int is_armstrong(unsigned long long n) {
    int k = 0;
    for (unsigned long long t = n; t; t /= 10) k++;
    if (k == 0) k = 1;
    unsigned long long sum = 0;
    for (unsigned long long t = n; t; t /= 10) {
        unsigned long long p = 1;
        for (int i = 0; i < k; i++) p *= t % 10;
        sum += p;
    }
    return sum == n || n == 0;
}

int main(void) {
    unsigned long long n, best = 0;
    int best_steps = -1, lines = 0;
    while (lines < 12 && scanf("%llu", &n) == 1) {
        lines++;
        if (n > 999999999999ULL) n %= 1000000000000ULL;
        unsigned long long droot, mroot;
        int add = persistence(n, 0, &droot);
        int mul = persistence(n, 1, &mroot);
        unsigned long long rev = 0;
        for (unsigned long long t = n; t; t /= 10) rev = rev * 10 + t % 10;
        printf("%llu: add=%d root=%llu mul=%d mroot=%llu%s%s\n", n, add, droot, mul, mroot,
               is_armstrong(n) ? " armstrong" : "", rev == n ? " palindrome" : "");
        if (mul > best_steps) { best_steps = mul; best = n; }
    }
    if (lines) printf("most persistent: %llu (%d)\n", best, best_steps);
    else printf("no numbers\n");
    return 0;
}
