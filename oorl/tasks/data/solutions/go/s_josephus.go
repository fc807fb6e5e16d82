package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var n, k int
	fmt.Scan(&n, &k)
	circle := make([]int, n)
	for i := range circle {
		circle[i] = i + 1
	}
	order := make([]string, 0, n)
	pos := 0
	for len(circle) > 0 {
		// Counting k people from pos lands k - 1 places further on, wrapping around.
		pos = (pos + k - 1) % len(circle)
		order = append(order, strconv.Itoa(circle[pos]))
		circle = append(circle[:pos], circle[pos+1:]...)
	}
	fmt.Println(strings.Join(order, " "))
}
