#include <stdlib.h>
#include <string.h>

typedef struct {
    const char* word;
    size_t count;
} Tally;

static int by_text(const void* a, const void* b) {
    return strcmp(*(const char* const*)a, *(const char* const*)b);
}

static int by_count_then_text(const void* a, const void* b) {
    const Tally *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);  /* strcmp compares as unsigned char: by character code */
}

char** top_k_words(const char** words, size_t words_len, long long k, size_t* out_len) {
    const char** sorted = malloc(sizeof(char*) * (words_len + 1));
    Tally* tallies = malloc(sizeof(Tally) * (words_len + 1));
    if (words_len > 0) memcpy(sorted, words, sizeof(char*) * words_len);
    qsort(sorted, words_len, sizeof(char*), by_text);
    size_t n = 0;
    for (size_t i = 0; i < words_len;) {
        size_t j = i;
        while (j < words_len && strcmp(sorted[j], sorted[i]) == 0) j++;
        tallies[n++] = (Tally){sorted[i], j - i};
        i = j;
    }
    qsort(tallies, n, sizeof(Tally), by_count_then_text);
    size_t take = k < 0 ? 0 : (unsigned long long)k < n ? (size_t)k : n;
    char** out = malloc(sizeof(char*) * (take + 1));
    for (size_t i = 0; i < take; i++) out[i] = strdup(tallies[i].word);
    free(sorted);
    free(tallies);
    *out_len = take;
    return out;
}
