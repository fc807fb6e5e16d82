#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    long long* h = malloc(sizeof(long long) * ((size_t)n + 1));
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &h[i]) != 1) return 1;
    h[n] = 0;  /* a final bar of height 0 flushes the stack */
    /* stack: indices of bars with increasing heights; a bar popped at i spans (new top, i). */
    int* stack = malloc(sizeof(int) * ((size_t)n + 1));
    int top = 0;
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        while (top > 0 && h[stack[top - 1]] >= h[i]) {
            long long height = h[stack[--top]];
            int left = top > 0 ? stack[top - 1] + 1 : 0;
            long long area = height * (i - left);  /* at most 10^9 * 10^5 */
            if (area > best) best = area;
        }
        stack[top++] = i;
    }
    printf("%lld\n", best);
    free(h);
    free(stack);
    return 0;
}
