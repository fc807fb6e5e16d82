package main

import (
	"container/heap"
	"sort"
)

// vertexQueue is a min-heap of vertices: embedding sort.IntSlice gives Len, Less and Swap.
type vertexQueue struct{ sort.IntSlice }

func (q *vertexQueue) Push(v interface{}) { q.IntSlice = append(q.IntSlice, v.(int)) }
func (q *vertexQueue) Pop() interface{} {
	last := q.IntSlice[len(q.IntSlice)-1]
	q.IntSlice = q.IntSlice[:len(q.IntSlice)-1]
	return last
}

// Kahn's algorithm: of the vertices with nothing left before them, always emit the smallest.
func smallestTopologicalOrder(n int, edges []struct{ F0, F1 int }) *[]int {
	successors := make([][]int, n)
	indegree := make([]int, n)
	for _, e := range edges {
		successors[e.F0] = append(successors[e.F0], e.F1)
		indegree[e.F1]++
	}
	ready := &vertexQueue{}
	for v, d := range indegree {
		if d == 0 {
			ready.IntSlice = append(ready.IntSlice, v)
		}
	}
	heap.Init(ready)
	order := make([]int, 0, n)
	for ready.Len() > 0 {
		u := heap.Pop(ready).(int)
		order = append(order, u)
		for _, v := range successors[u] {
			if indegree[v]--; indegree[v] == 0 {
				heap.Push(ready, v)
			}
		}
	}
	if len(order) != n {
		return nil // a cycle (a self-loop included) never frees its vertices
	}
	return &order
}
