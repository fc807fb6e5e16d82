#include <stdio.h>

#define CAP 32

/* A singly linked list stored in parallel arrays, with a free list for recycled slots. */
static int val[CAP], next[CAP], head = -1, free_head = 0, size = 0;

static int alloc_node(int v) {
    if (free_head < 0) return -1;
    int n = free_head;
    free_head = next[n];
    val[n] = v;
    return n;
}

int main(void) {
    for (int i = 0; i < CAP; i++) next[i] = i + 1 < CAP ? i + 1 : -1;
    char cmd[8];
    int a, failures = 0;
    while (scanf("%7s", cmd) == 1) {
        if (cmd[0] == 'p') {
            printf("[");
            for (int n = head; n >= 0; n = next[n]) printf("%d%s", val[n], next[n] >= 0 ? " " : "");
            printf("] size=%d\n", size);
            continue;
        }
        if (scanf("%d", &a) != 1) break;
        if (cmd[0] == 'f' || cmd[0] == 'b') { /* push front / push back */
            int n = alloc_node(a);
            if (n < 0) { failures++; continue; }
            int *link = &head;
            if (cmd[0] == 'b') while (*link >= 0) link = &next[*link];
            next[n] = *link;
            *link = n;
            size++;
        } else if (cmd[0] == 'd') { /* delete every node holding a */
            int *link = &head;
            while (*link >= 0) {
                int n = *link;
                if (val[n] == a) { *link = next[n]; next[n] = free_head; free_head = n; size--; }
                else link = &next[n];
            }
        } else if (cmd[0] == 'r') { /* rotate left a times */
            for (int k = 0; size > 1 && k < a % size; k++) {
                int first = head, tail = head;
                while (next[tail] >= 0) tail = next[tail];
                head = next[first];
                next[first] = -1;
                next[tail] = first;
            }
        } else {
            failures++;
        }
    }
    long long sum = 0;
    for (int n = head; n >= 0; n = next[n]) sum += val[n];
    printf("final size=%d sum=%lld failures=%d free_head=%d\n", size, sum, failures, free_head);
    return 0;
}
