package main

import (
	"bufio"
	"os"
	"strconv"
)

// bipartite 2-colours the graph on 1..n by breadth-first search from every uncoloured vertex.
func bipartite(n int, adj [][]int) bool {
	color := make([]int, n+1)
	for i := range color {
		color[i] = -1
	}
	queue := make([]int, 0, n)
	for s := 1; s <= n; s++ {
		if color[s] != -1 {
			continue
		}
		color[s] = 0
		queue = append(queue[:0], s)
		for head := 0; head < len(queue); head++ {
			u := queue[head]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = 1 - color[u]
					queue = append(queue, v)
				} else if color[v] == color[u] {
					return false
				}
			}
		}
	}
	return true
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, err := strconv.Atoi(scanner.Text())
		if err != nil {
			panic(err)
		}
		return v
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for t := next(); t > 0; t-- {
		n, m := next(), next()
		adj := make([][]int, n+1)
		for i := 0; i < m; i++ {
			u, v := next(), next()
			adj[u] = append(adj[u], v)
			adj[v] = append(adj[v], u)
		}
		if bipartite(n, adj) {
			out.WriteString("YES\n")
		} else {
			out.WriteString("NO\n")
		}
	}
}
