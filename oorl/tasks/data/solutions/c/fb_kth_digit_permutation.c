#include <stdlib.h>

char* kth_digit_permutation(long long n, long long k) {
    /* Write k - 1 in the factorial number system: its digit for position i picks, among the digits not
       used yet, the one with that rank. */
    char pool[10];
    long long fact[10];
    fact[0] = 1;
    for (int i = 1; i < 10; i++) fact[i] = fact[i - 1] * i;
    for (int i = 0; i < n; i++) pool[i] = (char)('1' + i);
    char* out = malloc((size_t)n + 1);
    long long rest = k - 1;
    int left = (int)n;
    for (int i = 0; i < n; i++) {
        long long block = fact[left - 1];  /* permutations sharing each choice of this position */
        int rank = (int)(rest / block);
        rest %= block;
        out[i] = pool[rank];
        for (int j = rank; j + 1 < left; j++) pool[j] = pool[j + 1];
        left--;
    }
    out[n] = '\0';
    return out;
}
