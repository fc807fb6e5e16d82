package main

func largestRectangle(heights []int) int {
	best := 0
	stack := []int{} // indices of bars with increasing heights
	for i := 0; i <= len(heights); i++ {
		h := 0 // a final bar of height 0 empties the stack
		if i < len(heights) {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			height := heights[stack[len(stack)-1]]
			stack = stack[:len(stack)-1]
			left := 0
			if len(stack) > 0 {
				left = stack[len(stack)-1] + 1
			}
			if area := height * (i - left); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	return best
}
