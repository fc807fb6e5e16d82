#include <stdlib.h>
#include <string.h>

long long weighted_edit_cost(const char* a, const char* b, long long insert_cost, long long delete_cost,
                             long long replace_cost) {
    size_t la = strlen(a), lb = strlen(b);
    /* prev[j] / cur[j]: the cheapest way to turn a's prefix (previous / current row) into b's first j. */
    long long* prev = malloc(sizeof(long long) * (lb + 1));
    long long* cur = malloc(sizeof(long long) * (lb + 1));
    prev[0] = 0;
    for (size_t j = 1; j <= lb; j++) prev[j] = prev[j - 1] + insert_cost;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = prev[0] + delete_cost;
        for (size_t j = 1; j <= lb; j++) {
            long long best = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : replace_cost);
            if (prev[j] + delete_cost < best) best = prev[j] + delete_cost;
            if (cur[j - 1] + insert_cost < best) best = cur[j - 1] + insert_cost;
            cur[j] = best;
        }
        long long* t = prev;
        prev = cur;
        cur = t;
    }
    long long result = prev[lb];
    free(prev);
    free(cur);
    return result;
}
