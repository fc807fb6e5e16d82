using System;
using System.Collections.Generic;

class Solution {
    public static long LargestRectangle(List<long> heights) {
        int n = heights.Count;
        long best = 0;
        var stack = new Stack<int>(); // indices of bars with increasing heights
        for (int i = 0; i <= n; i++) {
            long h = i < n ? heights[i] : 0; // a final bar of height 0 flushes the stack
            while (stack.Count > 0 && heights[stack.Peek()] >= h) {
                long height = heights[stack.Pop()];
                int left = stack.Count > 0 ? stack.Peek() + 1 : 0;
                best = Math.Max(best, height * (i - left));
            }
            stack.Push(i);
        }
        return best;
    }
}
