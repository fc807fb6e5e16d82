#include <stdio.h>
#include <stdlib.h>

struct node {
    int val;
    struct node *next;
};

static struct node *push_sorted(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    if (!n) return head;
    n->val = v;
    if (!head || head->val >= v) {
        n->next = head;
        return n;
    }
    struct node *cur = head;
    while (cur->next && cur->next->val < v) cur = cur->next;
    n->next = cur->next;
    cur->next = n;
    return head;
}

static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) {
        struct node *nx = h->next;
        h->next = prev;
        prev = h;
        h = nx;
    }
    return prev;
}

int main(void) {
    struct node *head = NULL;
    int v, count = 0;
    while (count < 200 && scanf("%d", &v) == 1) {
        head = push_sorted(head, v);
        count++;
    }
    head = reverse(head);
    long long sum = 0;
    for (struct node *p = head; p; p = p->next) {
        printf("%d ", p->val);
        sum += p->val;
    }
    printf("\ncount=%d sum=%lld\n", count, sum);
    while (head) {
        struct node *nx = head->next;
        free(head);
        head = nx;
    }
    return 0;
}
