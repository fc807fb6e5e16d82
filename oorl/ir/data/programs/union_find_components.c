#include <stdio.h>

static int parent[100], rank_[100];

static int find(int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static int unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return 0;
    if (rank_[a] < rank_[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    if (rank_[a] == rank_[b]) rank_[a]++;
    return 1;
}

int main(void) {
    int n, a, b, cycles = 0;
    if (scanf("%d", &n) != 1) return 1;
    if (n < 1 || n > 100) n = 10;
    for (int i = 0; i < n; i++) { parent[i] = i; rank_[i] = 0; }
    int comps = n;
    while (scanf("%d %d", &a, &b) == 2) {
        if (a < 0 || b < 0 || a >= n || b >= n) continue;
        if (unite(a, b)) comps--; else cycles++;
    }
    int size[100] = {0}, biggest = 0;
    for (int i = 0; i < n; i++) size[find(i)]++;
    for (int i = 0; i < n; i++) if (size[i] > biggest) biggest = size[i];
    printf("components=%d redundant_edges=%d largest=%d\n", comps, cycles, biggest);
    return 0;
}
