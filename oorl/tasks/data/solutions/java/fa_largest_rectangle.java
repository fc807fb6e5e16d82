import java.util.*;

class Solution {
    public static long largestRectangle(ArrayList<Long> heights) {
        int n = heights.size();
        long best = 0;
        Deque<Integer> stack = new ArrayDeque<>(); // indices of bars with increasing heights
        for (int i = 0; i <= n; i++) {
            long h = i < n ? heights.get(i) : 0; // a final bar of height 0 flushes the stack
            while (!stack.isEmpty() && heights.get(stack.peek()) >= h) {
                long height = heights.get(stack.pop());
                int left = stack.isEmpty() ? 0 : stack.peek() + 1;
                best = Math.max(best, height * (i - left));
            }
            stack.push(i);
        }
        return best;
    }
}
