#include <stdlib.h>
#include <string.h>

char* simplify_path(const char* path) {
    size_t len = strlen(path);
    /* The kept names, as (start, length) pairs into path; the result is never longer than path. */
    size_t* starts = malloc(sizeof(size_t) * (len + 1));
    size_t* lens = malloc(sizeof(size_t) * (len + 1));
    size_t depth = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && path[i] == '/') i++;
        size_t j = i;
        while (j < len && path[j] != '/') j++;
        size_t n = j - i;
        if (n == 2 && path[i] == '.' && path[i + 1] == '.') {
            if (depth > 0) depth--;
        } else if (n > 0 && !(n == 1 && path[i] == '.')) {
            starts[depth] = i;
            lens[depth++] = n;
        }
        i = j;
    }
    char* out = malloc(len + 2);
    size_t k = 0;
    for (size_t d = 0; d < depth; d++) {
        out[k++] = '/';
        memcpy(out + k, path + starts[d], lens[d]);
        k += lens[d];
    }
    if (k == 0) out[k++] = '/';
    out[k] = '\0';
    free(starts);
    free(lens);
    return out;
}
