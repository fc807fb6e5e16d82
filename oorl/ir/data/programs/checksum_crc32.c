#include <stdio.h>

static unsigned table[256];

static void build_table(void) {
    for (unsigned i = 0; i < 256; i++) {
        unsigned c = i;
        for (int k = 0; k < 8; k++) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

int main(void) {
    build_table();
    unsigned crc = 0xFFFFFFFFu, adler_a = 1, adler_b = 0;
    int c;
    long bytes = 0, lines = 0;
    while ((c = getchar()) != EOF) {
        crc = table[(crc ^ (unsigned)c) & 0xFFu] ^ (crc >> 8);
        adler_a = (adler_a + (unsigned)c) % 65521u;
        adler_b = (adler_b + adler_a) % 65521u;
        bytes++;
        if (c == '\n') lines++;
    }
    crc ^= 0xFFFFFFFFu;
    printf("bytes=%ld lines=%ld crc32=%08x adler32=%08x\n", bytes, lines, crc, (adler_b << 16) | adler_a);
    return 0;
}
