#include <stdio.h>

struct arith { unsigned long long phi, sigma, tau; int mu, distinct; };

static struct arith analyse(unsigned long long n) {
    struct arith a = {n, 1, 1, 1, 0};
    for (unsigned long long p = 2; p * p <= n; p += (p == 2 ? 1 : 2)) {
        if (n % p) continue;
        int e = 0;
        unsigned long long pk = 1, sum = 1;
        while (n % p == 0) { n /= p; e++; pk *= p; sum += pk; }
        a.phi = a.phi / p * (p - 1);
        a.sigma *= sum;
        a.tau *= (unsigned long long)e + 1;
        a.mu = e > 1 ? 0 : -a.mu;
        a.distinct++;
    }
    if (n > 1) {
        a.phi = a.phi / n * (n - 1);
        a.sigma *= n + 1;
        a.tau *= 2;
        a.mu = -a.mu;
        a.distinct++;
    }
    return a;
}

int main(void) {
    unsigned long long n, phi_total = 0;
    int count = 0;
    while (count < 10 && scanf("%llu", &n) == 1) {
        if (n == 0 || n > 1000000000ULL) { printf("%llu: skipped\n", n); continue; }
        count++;
        struct arith a = analyse(n);
        const char *kind = a.sigma - n < n ? "deficient" : a.sigma - n == n ? "perfect" : "abundant";
        printf("n=%llu phi=%llu tau=%llu sigma=%llu mu=%d omega=%d %s\n",
               n, a.phi, a.tau, a.sigma, a.mu, a.distinct, kind);
        phi_total += a.phi;
    }
    printf("count=%d phi_total=%llu\n", count, phi_total);
    return 0;
}
