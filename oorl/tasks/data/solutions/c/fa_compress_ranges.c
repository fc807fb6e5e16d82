#include <stdio.h>
#include <stdlib.h>

char** compress_ranges(const long long* xs, size_t xs_len, size_t* out_len) {
    char** runs = malloc(sizeof(char*) * (xs_len + 1));
    size_t count = 0;
    for (size_t i = 0; i < xs_len;) {
        size_t j = i;
        /* xs[j + 1] > xs[j], so xs[j + 1] - 1 cannot overflow where xs[j] + 1 might. */
        while (j + 1 < xs_len && xs[j + 1] - 1 == xs[j]) j++;
        char* run = malloc(48);  /* two 20-character numbers and ".." */
        if (j == i) snprintf(run, 48, "%lld", xs[i]);
        else snprintf(run, 48, "%lld..%lld", xs[i], xs[j]);
        runs[count++] = run;
        i = j + 1;
    }
    *out_len = count;
    return runs;
}
