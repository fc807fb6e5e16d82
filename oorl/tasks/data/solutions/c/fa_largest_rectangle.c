#include <stdlib.h>

long long largest_rectangle(const long long* heights, size_t heights_len) {
    /* stack: indices of bars of increasing height; a bar popped at i spans (new top, i). A virtual bar of
       height 0 at index heights_len flushes the stack. */
    size_t* stack = malloc(sizeof(size_t) * (heights_len + 1));
    size_t top = 0;
    long long best = 0;
    for (size_t i = 0; i <= heights_len; i++) {
        long long h = i < heights_len ? heights[i] : 0;
        while (top > 0 && heights[stack[top - 1]] >= h) {
            long long height = heights[stack[--top]];
            size_t left = top > 0 ? stack[top - 1] + 1 : 0;
            long long area = height * (long long)(i - left);
            if (area > best) best = area;
        }
        stack[top++] = i;
    }
    free(stack);
    return best;
}
