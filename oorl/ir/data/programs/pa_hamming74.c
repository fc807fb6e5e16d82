#include <ctype.h>
#include <stdio.h>

/* Codeword bit positions 1..7: parity at 1, 2, 4 and data at 3, 5, 6, 7. */
static unsigned encode(unsigned d) {
    unsigned d1 = d >> 3 & 1, d2 = d >> 2 & 1, d3 = d >> 1 & 1, d4 = d & 1;
    unsigned p1 = d1 ^ d2 ^ d4, p2 = d1 ^ d3 ^ d4, p4 = d2 ^ d3 ^ d4;
    return p1 << 1 | p2 << 2 | d1 << 3 | p4 << 4 | d2 << 5 | d3 << 6 | d4 << 7;
}

static unsigned decode(unsigned c, unsigned *syndrome) {
    unsigned s = 0;
    for (unsigned pos = 1; pos <= 7; pos++)
        if (c >> pos & 1u) s ^= pos;
    if (s) c ^= 1u << s;
    *syndrome = s;
    return (c >> 3 & 1) << 3 | (c >> 5 & 1) << 2 | (c >> 6 & 1) << 1 | (c >> 7 & 1);
}

int main(void) {
    char hex[33];
    if (scanf("%32s", hex) != 1) { printf("need hex data\n"); return 0; }
    int corrected = 0, n = 0;
    printf("nibble code  flip recv  syn out\n");
    for (int i = 0; hex[i]; i++) {
        int ch = tolower((unsigned char)hex[i]);
        if (!isxdigit(ch)) { printf("skip '%c'\n", hex[i]); continue; }
        unsigned d = (unsigned)(isdigit(ch) ? ch - '0' : ch - 'a' + 10);
        int flip = 0;
        if (scanf("%d", &flip) != 1 || flip < 0 || flip > 7) flip = 0;
        unsigned code = encode(d);
        unsigned recv = flip ? code ^ (1u << flip) : code;
        unsigned syn, out = decode(recv, &syn);
        corrected += syn != 0 && out == d;
        n++;
        printf("%x      %02x    %d    %02x    %u   %x%s\n", d, code >> 1, flip, recv >> 1, syn, out, out == d ? "" : " !");
    }
    printf("nibbles=%d corrected=%d\n", n, corrected);
    return 0;
}
