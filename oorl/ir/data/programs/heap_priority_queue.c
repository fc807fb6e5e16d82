#include <stdio.h>

static int heap[128];
static int hsize = 0;

static void push(int v) {
    int i = hsize++;
    heap[i] = v;
    while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
        int p = (i - 1) / 2, t = heap[p];
        heap[p] = heap[i];
        heap[i] = t;
        i = p;
    }
}

static int pop(void) {
    int top = heap[0];
    heap[0] = heap[--hsize];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hsize && heap[l] < heap[m]) m = l;
        if (r < hsize && heap[r] < heap[m]) m = r;
        if (m == i) break;
        int t = heap[m]; heap[m] = heap[i]; heap[i] = t;
        i = m;
    }
    return top;
}

int main(void) {
    int v;
    long long cost = 0;
    while (hsize < 128 && scanf("%d", &v) == 1) push(v < 0 ? -v : v % 100000);
    while (hsize > 1) {
        int a = pop(), b = pop();
        cost += a + b;
        printf("merge %d+%d\n", a, b);
        push(a + b > 1000000 ? 1000000 : a + b);
    }
    printf("total cost %lld\n", cost);
    return 0;
}
