#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Decodes "3a2b" style run-length text, then re-encodes it and compares. */
int main(void) {
    char in[256], out[1024], re[2048];
    while (scanf("%255s", in) == 1) {
        size_t o = 0;
        int bad = 0;
        for (size_t i = 0; in[i] && !bad;) {
            unsigned run = 0;
            int digits = 0;
            while (isdigit((unsigned char)in[i]) && digits < 4) run = run * 10 + (unsigned)(in[i++] - '0'), digits++;
            if (isdigit((unsigned char)in[i]) || !in[i]) { bad = 1; break; }
            if (digits == 0) run = 1;
            if (o + run >= sizeof out) { bad = 2; break; }
            memset(out + o, in[i++], run);
            o += run;
        }
        if (bad) { printf("%s -> invalid(%d)\n", in, bad); continue; }
        out[o] = '\0';
        size_t r = 0;
        for (size_t i = 0; i < o;) {
            size_t j = i;
            while (j < o && out[j] == out[i]) j++;
            if (j - i > 1) r += (size_t)sprintf(re + r, "%zu", j - i);
            re[r++] = out[i];
            i = j;
        }
        re[r] = '\0';
        unsigned h = 5381;
        for (size_t i = 0; i < o; i++) h = h * 33u ^ (unsigned char)out[i];
        printf("%s -> len=%zu hash=%08x canon=%s %s\n", in, o, h, re, strcmp(in, re) ? "differs" : "same");
    }
    return 0;
}
