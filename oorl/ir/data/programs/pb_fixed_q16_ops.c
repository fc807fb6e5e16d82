#include <stdint.h>
#include <stdio.h>

typedef int32_t q16; /* Q16.16 fixed point */

static q16 from_parts(long whole, long thousandths) {
    return (q16)(whole * 65536 + (thousandths * 65536) / 1000);
}

static q16 qmul(q16 a, q16 b) { return (q16)(((int64_t)a * b) >> 16); }

static int qdiv(q16 a, q16 b, q16 *out) {
    if (b == 0) return 0;
    int64_t r = ((int64_t)a * 65536) / b;
    if (r > INT32_MAX || r < INT32_MIN) return 0;
    *out = (q16)r;
    return 1;
}

static q16 qsqrt(q16 a) { /* Newton iteration in fixed point */
    if (a <= 0) return 0;
    q16 x = a > 65536 ? a / 2 : 65536;
    for (int i = 0; i < 30; i++) {
        q16 nx = (q16)((x + ((int64_t)a * 65536) / x) / 2);
        if (nx == x) break;
        x = nx;
    }
    return x;
}

int main(void) {
    long aw, af, bw, bf;
    while (scanf("%ld %ld %ld %ld", &aw, &af, &bw, &bf) == 4) {
        if (aw < -100 || aw > 100 || bw < -100 || bw > 100 || af < 0 || af > 999 || bf < 0 || bf > 999) {
            printf("out of range\n");
            continue;
        }
        q16 a = from_parts(aw, aw < 0 ? -af : af), b = from_parts(bw, bw < 0 ? -bf : bf), d;
        printf("a=%.4f b=%.4f sum=%.4f prod=%.4f", a / 65536.0, b / 65536.0, (a + b) / 65536.0, qmul(a, b) / 65536.0);
        if (qdiv(a, b, &d)) printf(" quot=%.4f", d / 65536.0);
        else printf(" quot=undef");
        printf(" sqrt|a|=%.4f raw=%08x\n", qsqrt(a < 0 ? -a : a) / 65536.0, (unsigned)a);
    }
    return 0;
}
