package main

func divisors(n int) []int {
	small, large := []int{}, []int{}
	for d := 1; d*d <= n; d++ {
		if n%d == 0 {
			small = append(small, d)
			if d != n/d {
				large = append(large, n/d)
			}
		}
	}
	// The large divisors were found in descending order.
	for i := len(large) - 1; i >= 0; i-- {
		small = append(small, large[i])
	}
	return small
}
