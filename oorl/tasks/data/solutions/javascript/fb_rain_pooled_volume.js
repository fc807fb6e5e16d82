function rainPooledVolume(heights) {
    // Walk inwards from the side with the lower running maximum: there the bound on the water is known.
    let lo = 0;
    let hi = heights.length - 1;
    let leftMax = 0;
    let rightMax = 0;
    let water = 0;
    while (lo < hi) {
        if (heights[lo] < heights[hi]) {
            leftMax = Math.max(leftMax, heights[lo]);
            water += leftMax - heights[lo];
            lo++;
        } else {
            rightMax = Math.max(rightMax, heights[hi]);
            water += rightMax - heights[hi];
            hi--;
        }
    }
    return water;
}
