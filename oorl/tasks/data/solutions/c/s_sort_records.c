#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char name[32];
    long long score;
} Record;

static int by_rank(const void* a, const void* b) {
    const Record *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;  /* highest score first */
    return strcmp(x->name, y->name);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    Record* v = malloc(sizeof(Record) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%31s %lld", v[i].name, &v[i].score) != 2) return 1;
    qsort(v, (size_t)n, sizeof(Record), by_rank);
    for (int i = 0; i < n; i++) printf("%s %lld\n", v[i].name, v[i].score);
    free(v);
    return 0;
}
