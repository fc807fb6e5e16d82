package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	heights := make([]int, n+1) // the final 0 flushes the stack
	for i := 0; i < n; i++ {
		fmt.Fscan(in, &heights[i])
	}
	stack := []int{} // indices of bars with increasing heights
	best := 0
	for i, h := range heights {
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			top := heights[stack[len(stack)-1]]
			stack = stack[:len(stack)-1]
			// The popped bar extends left to just after the new stack top and right to just before i.
			left := 0
			if len(stack) > 0 {
				left = stack[len(stack)-1] + 1
			}
			if area := top * (i - left); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	fmt.Println(best)
}
