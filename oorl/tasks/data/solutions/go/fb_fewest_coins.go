package main

func fewestCoins(coins []int, amount int) *int {
	unreachable := amount + 1 // more coins than any real answer needs
	fewest := make([]int, amount+1)
	for total := 1; total <= amount; total++ {
		fewest[total] = unreachable
		for _, coin := range coins {
			if coin <= total && fewest[total-coin]+1 < fewest[total] {
				fewest[total] = fewest[total-coin] + 1
			}
		}
	}
	if fewest[amount] == unreachable {
		return nil
	}
	return &fewest[amount]
}
