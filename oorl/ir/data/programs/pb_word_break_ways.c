#include <stdio.h>
#include <string.h>

int main(void) {
    int nd;
    char dict[32][24], text[128];
    if (scanf("%d", &nd) != 1 || nd < 0 || nd > 32) { printf("bad dictionary\n"); return 0; }
    for (int i = 0; i < nd; i++)
        if (scanf("%23s", dict[i]) != 1) { nd = i; break; }
    while (scanf("%127s", text) == 1) {
        int n = (int)strlen(text);
        unsigned long long ways[129] = {1};
        int fewest[129], last[129];
        for (int i = 1; i <= n; i++) fewest[i] = -1;
        fewest[0] = 0;
        for (int i = 0; i < n; i++) {
            if (!ways[i]) continue;
            for (int d = 0; d < nd; d++) {
                int len = (int)strlen(dict[d]);
                if (len == 0 || i + len > n || strncmp(text + i, dict[d], (size_t)len) != 0) continue;
                ways[i + len] += ways[i];
                if (ways[i + len] > 1000000000000ULL) ways[i + len] = 1000000000000ULL;
                if (fewest[i + len] < 0 || fewest[i] + 1 < fewest[i + len]) { fewest[i + len] = fewest[i] + 1; last[i + len] = d; }
            }
        }
        printf("%s: ways=%llu", text, ways[n]);
        if (fewest[n] >= 0 && n > 0) {
            char out[256] = "";
            for (int i = n; i > 0; i -= (int)strlen(dict[last[i]])) {
                char tmp[256];
                snprintf(tmp, sizeof tmp, "%s%s%s", dict[last[i]], out[0] ? " " : "", out);
                strcpy(out, tmp);
            }
            printf(" fewest=%d [%s]", fewest[n], out);
        }
        printf("\n");
    }
    return 0;
}
