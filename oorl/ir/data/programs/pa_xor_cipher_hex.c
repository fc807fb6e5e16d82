#include <stdio.h>
#include <string.h>

int main(void) {
    char key[64], text[256];
    if (!fgets(key, sizeof key, stdin)) { printf("no key\n"); return 0; }
    key[strcspn(key, "\r\n")] = '\0';
    size_t klen = strlen(key);
    if (!fgets(text, sizeof text, stdin)) text[0] = '\0';
    text[strcspn(text, "\r\n")] = '\0';
    size_t n = strlen(text);
    unsigned char enc[256];
    unsigned sum1 = 0, sum2 = 0;
    int zeros = 0, high = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char k = klen ? (unsigned char)key[i % klen] : 0x5a;
        /* Mix the position in so equal plaintext bytes under a repeated key still differ. */
        enc[i] = (unsigned char)text[i] ^ k ^ (unsigned char)(i * 7u);
        zeros += enc[i] == 0;
        high += enc[i] >> 7;
        sum1 = (sum1 + enc[i]) % 255u;
        sum2 = (sum2 + sum1) % 255u;
    }
    printf("len=%zu keylen=%zu\n", n, klen);
    size_t shown = n < 40 ? n : 40;
    for (size_t i = 0; i < shown; i++) printf("%02x%s", enc[i], (i % 20 == 19) ? "\n" : "");
    if (shown % 20 != 0) printf("\n");
    char back[256];
    for (size_t i = 0; i < n; i++) {
        unsigned char k = klen ? (unsigned char)key[i % klen] : 0x5a;
        back[i] = (char)(enc[i] ^ k ^ (unsigned char)(i * 7u));
    }
    back[n] = '\0';
    printf("fletcher16=%04x zero_bytes=%d high_bytes=%d roundtrip=%s\n", sum2 << 8 | sum1, zeros, high,
           strcmp(back, text) == 0 ? "ok" : "BROKEN");
    return 0;
}
