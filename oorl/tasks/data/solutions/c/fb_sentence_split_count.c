#include <stdlib.h>
#include <string.h>

static int by_text(const void* a, const void* b) {
    return strcmp(*(const char* const*)a, *(const char* const*)b);
}

long long sentence_split_count(const char* s, const char** words, size_t words_len) {
    /* A word listed twice is still one choice: keep each distinct word once. */
    const char** vocab = malloc(sizeof(char*) * (words_len + 1));
    if (words_len > 0) memcpy(vocab, words, sizeof(char*) * words_len);
    qsort(vocab, words_len, sizeof(char*), by_text);
    size_t v = 0;
    for (size_t i = 0; i < words_len; i++)
        if (v == 0 || strcmp(vocab[v - 1], vocab[i]) != 0) vocab[v++] = vocab[i];
    size_t n = strlen(s);
    /* ways[i]: the splits of s's first i characters, counted modulo 2^64 (unsigned: wrapping is defined;
       only additions, so the answer is exact when it fits). */
    unsigned long long* ways = calloc(n + 1, sizeof(unsigned long long));
    ways[0] = 1;
    for (size_t i = 0; i < n; i++) {
        if (ways[i] == 0) continue;
        for (size_t w = 0; w < v; w++) {
            size_t len = strlen(vocab[w]);
            if (len > 0 && len <= n - i && memcmp(s + i, vocab[w], len) == 0) ways[i + len] += ways[i];
        }
    }
    long long result = (long long)ways[n];
    free(vocab);
    free(ways);
    return result;
}
