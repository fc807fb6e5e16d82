package main

func knapsack01(items []struct{ F0, F1 int }, capacity int) int {
	best := make([]int, capacity+1) // best[w]: the top value within weight w
	for _, item := range items {
		weight, value := item.F0, item.F1
		// Downwards, so that each item is counted at most once.
		for w := capacity; w >= weight; w-- {
			if best[w-weight]+value > best[w] {
				best[w] = best[w-weight] + value
			}
		}
	}
	return best[capacity]
}
