#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Whether a and b have the same length and differ in exactly one position. */
static bool one_apart(const char* a, const char* b) {
    size_t diff = 0;
    for (; *a && *b; a++, b++)
        if (*a != *b && ++diff > 1) return false;
    return *a == '\0' && *b == '\0' && diff == 1;
}

long long letter_swap_chain(const char* begin, const char* end, const char** words, size_t words_len) {
    if (strcmp(begin, end) == 0) return 0;
    /* Breadth-first search over the word list from begin (queue index words_len stands for begin). */
    size_t* queue = malloc(sizeof(size_t) * (words_len + 1));
    long long* dist = malloc(sizeof(long long) * (words_len + 1));
    for (size_t i = 0; i < words_len; i++) dist[i] = -1;
    size_t head = 0, tail = 0;
    dist[words_len] = 0;
    queue[tail++] = words_len;
    long long result = -1;
    while (head < tail && result < 0) {
        size_t at = queue[head++];
        const char* word = at == words_len ? begin : words[at];
        for (size_t i = 0; i < words_len; i++) {
            if (dist[i] >= 0 || !one_apart(word, words[i])) continue;
            dist[i] = dist[at] + 1;
            if (strcmp(words[i], end) == 0) {
                result = dist[i];
                break;
            }
            queue[tail++] = i;
        }
    }
    free(queue);
    free(dist);
    return result;
}
