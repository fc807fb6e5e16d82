package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	// Two words are anagrams exactly when their sorted letters agree.
	groups := make(map[string]int)
	largest := 0
	for i := 0; i < n; i++ {
		var word string
		fmt.Fscan(in, &word)
		letters := []byte(word)
		sort.Slice(letters, func(a, b int) bool { return letters[a] < letters[b] })
		key := string(letters)
		groups[key]++
		if groups[key] > largest {
			largest = groups[key]
		}
	}
	fmt.Println(len(groups), largest)
}
