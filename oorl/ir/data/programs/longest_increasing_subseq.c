#include <stdio.h>

int main(void) {
    int a[300], len[300], prev[300], n = 0;
    while (n < 300 && scanf("%d", &a[n]) == 1) n++;
    int best = 0, end = -1;
    for (int i = 0; i < n; i++) {
        len[i] = 1;
        prev[i] = -1;
        for (int j = 0; j < i; j++)
            if (a[j] < a[i] && len[j] + 1 > len[i]) {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        if (len[i] > best) { best = len[i]; end = i; }
    }
    int seq[300], k = 0;
    for (int i = end; i >= 0; i = prev[i]) seq[k++] = a[i];
    printf("lis=%d:", best);
    for (int i = k - 1; i >= 0; i--) printf(" %d", seq[i]);
    printf("\n");
    return 0;
}
