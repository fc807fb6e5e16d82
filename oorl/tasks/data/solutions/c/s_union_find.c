#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int* parent;
static int* group_size;

static int find(int x) {
    int root = x;
    while (parent[root] != root) root = parent[root];
    while (parent[x] != root) {  /* path compression keeps later finds short */
        int next = parent[x];
        parent[x] = root;
        x = next;
    }
    return root;
}

static void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a == b) return;
    if (group_size[a] < group_size[b]) {  /* union by size: the smaller tree goes under the larger */
        int t = a;
        a = b;
        b = t;
    }
    parent[b] = a;
    group_size[a] += group_size[b];
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1) return 1;
    parent = malloc(sizeof(int) * ((size_t)n + 1));
    group_size = malloc(sizeof(int) * ((size_t)n + 1));
    for (int i = 0; i <= n; i++) parent[i] = i, group_size[i] = 1;
    char op[16];
    while (q-- > 0) {
        int a, b;
        if (scanf("%15s %d", op, &a) != 2 || a < 1 || a > n) return 1;
        if (strcmp(op, "size") == 0) {
            printf("%d\n", group_size[find(a)]);
            continue;
        }
        if (scanf("%d", &b) != 1 || b < 1 || b > n) return 1;
        if (strcmp(op, "union") == 0) unite(a, b);
        else puts(find(a) == find(b) ? "YES" : "NO");
    }
    free(parent);
    free(group_size);
    return 0;
}
