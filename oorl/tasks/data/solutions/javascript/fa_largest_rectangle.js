function largestRectangle(heights) {
    let best = 0;
    const stack = []; // indices of bars with increasing heights
    for (let i = 0; i <= heights.length; i++) {
        const h = i < heights.length ? heights[i] : 0; // a final 0 flushes the stack
        while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
            const height = heights[stack.pop()];
            const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
            best = Math.max(best, height * (i - left));
        }
        stack.push(i);
    }
    return best;
}
