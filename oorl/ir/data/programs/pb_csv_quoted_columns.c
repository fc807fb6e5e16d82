#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 16

/* Splits one CSV record (RFC-4180 style quotes) into fields; returns the field count or -1. */
static int split(const char *s, char fields[MAXF][64]) {
    int nf = 0, len = 0, quoted = 0;
    for (;; s++) {
        if (quoted) {
            if (*s == '\0' || *s == '\n') return -1;
            if (*s == '"' && s[1] == '"') { if (len < 63) fields[nf][len++] = '"'; s++; }
            else if (*s == '"') quoted = 0;
            else if (len < 63) fields[nf][len++] = *s;
            continue;
        }
        if (*s == '"' && len == 0) { quoted = 1; continue; }
        if (*s == ',' || *s == '\n' || *s == '\0') {
            fields[nf][len] = '\0';
            nf++;
            len = 0;
            if (*s != ',' || nf == MAXF) return *s == ',' ? -1 : nf;
            continue;
        }
        if (len < 63) fields[nf][len++] = *s;
    }
}

int main(void) {
    char line[512], fields[MAXF][64];
    int col, rows = 0, bad = 0;
    double total = 0;
    if (!fgets(line, sizeof line, stdin) || sscanf(line, "%d", &col) != 1) return 0;
    while (fgets(line, sizeof line, stdin)) {
        int nf = split(line, fields);
        if (nf < 0 || col < 0 || col >= nf) { bad++; continue; }
        char *end;
        double v = strtod(fields[col], &end);
        if (end == fields[col] || *end) { printf("row %d: '%s' not numeric\n", rows + bad + 1, fields[col]); bad++; continue; }
        rows++;
        total += v;
        printf("row %d: %d fields, first='%s' value=%.4f\n", rows + bad, nf, fields[0], v);
    }
    printf("rows=%d bad=%d total=%.4f mean=%.4f\n", rows, bad, total, rows ? total / rows : 0.0);
    return 0;
}
