package main

import "sort"

func componentSizes(n int, edges []struct{ F0, F1 int }) []int {
	parent := make([]int, n)
	size := make([]int, n)
	for v := range parent {
		parent[v], size[v] = v, 1
	}
	find := func(v int) int {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for _, e := range edges {
		ru, rv := find(e.F0), find(e.F1)
		if ru == rv {
			continue
		}
		if size[ru] < size[rv] {
			ru, rv = rv, ru
		}
		parent[rv] = ru // union by size
		size[ru] += size[rv]
	}
	sizes := []int{}
	for v := 0; v < n; v++ {
		if find(v) == v {
			sizes = append(sizes, size[v])
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}
