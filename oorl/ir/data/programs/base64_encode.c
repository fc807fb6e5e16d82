#include <stdio.h>
#include <string.h>

static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int main(void) {
    char in[121], out[170];
    while (scanf("%120s", in) == 1) {
        size_t n = strlen(in), k = 0;
        for (size_t i = 0; i < n; i += 3) {
            unsigned v = (unsigned char)in[i] << 16;
            if (i + 1 < n) v |= (unsigned char)in[i + 1] << 8;
            if (i + 2 < n) v |= (unsigned char)in[i + 2];
            out[k++] = tbl[(v >> 18) & 63];
            out[k++] = tbl[(v >> 12) & 63];
            out[k++] = i + 1 < n ? tbl[(v >> 6) & 63] : '=';
            out[k++] = i + 2 < n ? tbl[v & 63] : '=';
        }
        out[k] = '\0';
        unsigned check = 0;
        for (size_t i = 0; i < k; i++) check = check * 31u + (unsigned char)out[i];
        printf("%s -> %s [%u]\n", in, out, check % 10007u);
    }
    return 0;
}
