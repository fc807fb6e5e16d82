#include <stdio.h>

#define CAP 256

struct node { int key, left, right, count; };

static struct node t[CAP];
static int used;

static int insert(int root, int key, int depth, int *max_depth) {
    if (root < 0) {
        if (used == CAP) return -1;
        t[used] = (struct node){key, -1, -1, 1};
        if (depth > *max_depth) *max_depth = depth;
        return used++;
    }
    if (key == t[root].key) t[root].count++;
    else if (key < t[root].key) t[root].left = insert(t[root].left, key, depth + 1, max_depth);
    else t[root].right = insert(t[root].right, key, depth + 1, max_depth);
    return root;
}

static void inorder(int n, unsigned *sig, int *distinct) {
    if (n < 0) return;
    inorder(t[n].left, sig, distinct);
    *sig = *sig * 131u + (unsigned)t[n].key * (unsigned)t[n].count;
    (*distinct)++;
    inorder(t[n].right, sig, distinct);
}

int main(void) {
    int n, key, root = -1, depth = 0;
    if (scanf("%d", &n) != 1 || n < 0) { printf("bad count\n"); return 0; }
    for (int i = 0; i < n && scanf("%d", &key) == 1; i++) root = insert(root, key, 0, &depth);
    unsigned sig = 0;
    int distinct = 0;
    inorder(root, &sig, &distinct);
    printf("nodes=%d height=%d sig=%08x\n", distinct, depth, sig);
    while (scanf("%d", &key) == 1) {
        int floor = -1, ceil = -1, steps = 0;
        for (int x = root; x >= 0; steps++) {
            if (t[x].key == key) { floor = ceil = x; break; }
            if (t[x].key < key) { floor = x; x = t[x].right; }
            else { ceil = x; x = t[x].left; }
        }
        printf("query %d: ", key);
        if (floor >= 0) printf("floor=%d ", t[floor].key); else printf("floor=none ");
        if (ceil >= 0) printf("ceil=%d ", t[ceil].key); else printf("ceil=none ");
        printf("steps=%d\n", steps);
    }
    return 0;
}
