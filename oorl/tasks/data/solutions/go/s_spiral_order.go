package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var rows, cols int
	fmt.Fscan(in, &rows, &cols)
	m := make([][]string, rows)
	for r := range m {
		m[r] = make([]string, cols)
		for c := range m[r] {
			fmt.Fscan(in, &m[r][c])
		}
	}
	top, bottom, left, right := 0, rows-1, 0, cols-1
	out := make([]string, 0, rows*cols)
	// Peel one ring per pass; the guards stop a single remaining row or column being read twice.
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		for r := top + 1; r <= bottom; r++ {
			out = append(out, m[r][right])
		}
		if top < bottom {
			for c := right - 1; c >= left; c-- {
				out = append(out, m[bottom][c])
			}
		}
		if left < right {
			for r := bottom - 1; r > top; r-- {
				out = append(out, m[r][left])
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	fmt.Println(strings.Join(out, " "))
}
