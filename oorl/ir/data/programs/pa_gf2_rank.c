#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAXR 32

int main(void) {
    char buf[80];
    uint64_t row[MAXR], combo[MAXR];
    int n = 0, width = 0;
    while (n < MAXR && scanf("%79s", buf) == 1) {
        uint64_t v = 0;
        int len = (int)strlen(buf);
        if (len > 64) len = 64;
        for (int i = 0; i < len; i++) v = v << 1 | (uint64_t)(buf[i] == '1');
        if (len > width) width = len;
        row[n] = v;
        combo[n] = 1ULL << n; /* which input rows were XORed into this one */
        n++;
    }
    int rank = 0, dependent = -1;
    for (int bit = 63; bit >= 0 && rank < n; bit--) {
        int piv = -1;
        for (int i = rank; i < n; i++)
            if (row[i] >> bit & 1) { piv = i; break; }
        if (piv < 0) continue;
        uint64_t t = row[piv]; row[piv] = row[rank]; row[rank] = t;
        t = combo[piv]; combo[piv] = combo[rank]; combo[rank] = t;
        for (int i = 0; i < n; i++)
            if (i != rank && (row[i] >> bit & 1)) { row[i] ^= row[rank]; combo[i] ^= combo[rank]; }
        rank++;
    }
    for (int i = rank; i < n && dependent < 0; i++)
        if (row[i] == 0) dependent = i;
    printf("rows=%d width=%d rank=%d nullity=%d\n", n, width, rank, n - rank);
    if (dependent >= 0) {
        printf("zero combination of rows:");
        for (int i = 0; i < n; i++)
            if (combo[dependent] >> i & 1) printf(" %d", i);
        printf("\n");
    }
    uint64_t span_check = 0;
    for (int i = 0; i < rank; i++) span_check ^= row[i] * (uint64_t)(i + 1);
    printf("reduced basis hash=%016llx\n", (unsigned long long)span_check);
    return 0;
}
