using System;
using System.Collections.Generic;

class Solution {
    public static long RainPooledVolume(List<long> heights) {
        // Walk inwards from the side with the lower running maximum: that maximum bounds the water there.
        int lo = 0, hi = heights.Count - 1;
        long leftMax = 0, rightMax = 0, water = 0;
        while (lo < hi) {
            if (heights[lo] < heights[hi]) {
                leftMax = Math.Max(leftMax, heights[lo]);
                water += leftMax - heights[lo];
                lo++;
            } else {
                rightMax = Math.Max(rightMax, heights[hi]);
                water += rightMax - heights[hi];
                hi--;
            }
        }
        return water;
    }
}
