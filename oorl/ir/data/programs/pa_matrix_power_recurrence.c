#include <stdio.h>
#include <string.h>

#define K 6

typedef unsigned long long mat[K][K];

static unsigned long long MOD;
static int dim;

static void mul(mat a, mat b, mat out) {
    mat r;
    for (int i = 0; i < dim; i++)
        for (int j = 0; j < dim; j++) {
            unsigned long long s = 0;
            for (int t = 0; t < dim; t++) s = (s + a[i][t] * b[t][j]) % MOD;
            r[i][j] = s;
        }
    memcpy(out, r, sizeof r);
}

int main(void) {
    unsigned long long coef[K], init[K];
    if (scanf("%d %llu", &dim, &MOD) != 2 || dim < 1 || dim > K || MOD < 2 || MOD > 1000000007ULL) {
        printf("need order 1..%d and modulus 2..1000000007\n", K);
        return 0;
    }
    for (int i = 0; i < dim; i++) if (scanf("%llu", &coef[i]) != 1) coef[i] = 0;
    for (int i = 0; i < dim; i++) if (scanf("%llu", &init[i]) != 1) init[i] = 0;
    unsigned long long n;
    int queries = 0;
    while (queries < 8 && scanf("%llu", &n) == 1) {
        queries++;
        if (n < (unsigned long long)dim) { printf("a(%llu) = %llu\n", n, init[n] % MOD); continue; }
        /* Companion matrix: row 0 holds the coefficients, the rest shifts the state down. */
        mat step = {{0}}, acc = {{0}};
        for (int j = 0; j < dim; j++) step[0][j] = coef[j] % MOD;
        for (int i = 1; i < dim; i++) step[i][i - 1] = 1;
        for (int i = 0; i < dim; i++) acc[i][i] = 1;
        int squarings = 0;
        for (unsigned long long e = n - (unsigned long long)(dim - 1); e; e >>= 1, squarings++) {
            if (e & 1) mul(acc, step, acc);
            mul(step, step, step);
        }
        unsigned long long v = 0;
        for (int j = 0; j < dim; j++) v = (v + acc[0][j] * (init[dim - 1 - j] % MOD)) % MOD;
        printf("a(%llu) = %llu [%d squarings]\n", n, v, squarings);
    }
    printf("order=%d mod=%llu queries=%d\n", dim, MOD, queries);
    return 0;
}
