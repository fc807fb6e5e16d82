package main

func countComponents(n int, edges []struct{ F0, F1 int }) int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]] // path halving
			x = parent[x]
		}
		return x
	}
	components := n
	for _, e := range edges {
		ra, rb := find(e.F0), find(e.F1)
		if ra != rb {
			parent[ra] = rb
			components--
		}
	}
	return components
}
