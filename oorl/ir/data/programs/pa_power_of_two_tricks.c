#include <stdint.h>
#include <stdio.h>

static int floor_log2(uint64_t x) {
    int r = -1;
    while (x) { x >>= 1; r++; }
    return r;
}

static uint64_t next_pow2(uint64_t x) {
    if (x <= 1) return 1;
    x--;
    for (unsigned s = 1; s < 64; s <<= 1) x |= x >> s;
    return x + 1; /* wraps to 0 when no 64-bit power is large enough */
}

static int popcount(uint64_t x) {
    int n = 0;
    for (; x; x &= x - 1) n++;
    return n;
}

int main(void) {
    unsigned long long v;
    int count = 0, powers = 0;
    uint64_t or_all = 0, and_all = ~(uint64_t)0;
    while (count < 10 && scanf("%llu", &v) == 1) {
        count++;
        uint64_t x = v;
        int is_pow = x && !(x & (x - 1));
        powers += is_pow;
        uint64_t low = x & (~x + 1);
        uint64_t np = next_pow2(x);
        printf("%llu: pow2=%s log2=%d next=%llu low=%llu clear_low=%llu ones=%d trailing_run=%d\n",
               v, is_pow ? "yes" : "no", floor_log2(x), (unsigned long long)np, (unsigned long long)low,
               (unsigned long long)(x & (x - 1)), popcount(x), popcount((x ^ (x + 1)) >> 1));
        or_all |= x;
        and_all &= x;
    }
    if (!count) and_all = 0;
    printf("count=%d powers=%d or=%llx and=%llx common_bits=%d\n", count, powers,
           (unsigned long long)or_all, (unsigned long long)and_all, popcount(and_all));
    return 0;
}
