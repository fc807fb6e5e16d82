package main

import "container/heap"

// minHeap is a min-priority queue of ints for container/heap.
type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topologicalOrder(n int, edges []struct{ F0, F1 int }) *[]int {
	successors := make([][]int, n)
	indegree := make([]int, n)
	for _, e := range edges {
		successors[e.F0] = append(successors[e.F0], e.F1)
		indegree[e.F1]++
	}
	ready := &minHeap{}
	for v := 0; v < n; v++ {
		if indegree[v] == 0 {
			heap.Push(ready, v)
		}
	}
	order := []int{}
	for ready.Len() > 0 {
		u := heap.Pop(ready).(int)
		order = append(order, u)
		for _, v := range successors[u] {
			indegree[v]--
			if indegree[v] == 0 {
				heap.Push(ready, v)
			}
		}
	}
	if len(order) < n {
		return nil // the nodes left over lie on a cycle
	}
	return &order
}
