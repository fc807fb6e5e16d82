package main

func rainPooledVolume(heights []int) int {
	// Walk inwards from the side with the lower running maximum: there the water level is known.
	lo, hi := 0, len(heights)-1
	leftMax, rightMax, water := 0, 0, 0
	for lo < hi {
		if heights[lo] < heights[hi] {
			if heights[lo] > leftMax {
				leftMax = heights[lo]
			}
			water += leftMax - heights[lo]
			lo++
		} else {
			if heights[hi] > rightMax {
				rightMax = heights[hi]
			}
			water += rightMax - heights[hi]
			hi--
		}
	}
	return water
}
