import java.util.*;

class Solution {
    public static long rainPooledVolume(ArrayList<Long> heights) {
        // Walk inwards from the side with the lower running maximum: that maximum bounds the water there.
        int lo = 0, hi = heights.size() - 1;
        long leftMax = 0, rightMax = 0;
        long water = 0;
        while (lo < hi) {
            long left = heights.get(lo), right = heights.get(hi);
            if (left < right) {
                leftMax = Math.max(leftMax, left);
                water += leftMax - left;
                lo++;
            } else {
                rightMax = Math.max(rightMax, right);
                water += rightMax - right;
                hi--;
            }
        }
        return water;
    }
}
