#include <stdio.h>
#include <stdlib.h>

struct item { long value; int list, pos; };

static void sift_down(struct item *h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && (h[l].value < h[m].value || (h[l].value == h[m].value && h[l].list < h[m].list))) m = l;
        if (r < n && (h[r].value < h[m].value || (h[r].value == h[m].value && h[r].list < h[m].list))) m = r;
        if (m == i) return;
        struct item t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

int main(void) {
    int k;
    if (scanf("%d", &k) != 1 || k < 1 || k > 8) { printf("need 1..8 lists\n"); return 0; }
    long *lists[8] = {0};
    int len[8] = {0}, total = 0, unsorted = 0;
    for (int i = 0; i < k; i++) {
        if (scanf("%d", &len[i]) != 1 || len[i] < 0 || len[i] > 100) len[i] = 0;
        lists[i] = malloc(sizeof(long) * (size_t)(len[i] + 1));
        if (!lists[i]) return 0;
        for (int j = 0; j < len[i]; j++) {
            if (scanf("%ld", &lists[i][j]) != 1) { len[i] = j; break; }
            if (j > 0 && lists[i][j] < lists[i][j - 1]) unsorted++;
        }
        total += len[i];
    }
    struct item heap[8];
    int n = 0;
    for (int i = 0; i < k; i++)
        if (len[i] > 0) heap[n++] = (struct item){lists[i][0], i, 0};
    for (int i = n / 2 - 1; i >= 0; i--) sift_down(heap, n, i);
    long prev = 0, checksum = 0;
    int out = 0, inversions = 0, from[8] = {0};
    printf("merged:");
    while (n > 0) {
        struct item top = heap[0];
        if (out > 0 && top.value < prev) inversions++;
        prev = top.value;
        from[top.list]++;
        checksum = (checksum * 31 + top.value) % 1000000007L;
        if (out++ < 16) printf(" %ld", top.value);
        if (top.pos + 1 < len[top.list]) heap[0] = (struct item){lists[top.list][top.pos + 1], top.list, top.pos + 1};
        else heap[0] = heap[--n];
        sift_down(heap, n, 0);
    }
    printf("%s\ntotal=%d unsorted_inputs=%d out_of_order=%d checksum=%ld\n", out > 16 ? " ..." : "", total, unsorted, inversions, checksum);
    for (int i = 0; i < k; i++) free(lists[i]);
    return 0;
}
