package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// shift moves a letter k places (0 <= k < 26) forward, wrapping within its case.
func shift(c byte, k int) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return 'a' + byte((int(c-'a')+k)%26)
	case c >= 'A' && c <= 'Z':
		return 'A' + byte((int(c-'A')+k)%26)
	}
	return c
}

func main() {
	in := bufio.NewReader(os.Stdin)
	first, _ := in.ReadString('\n')
	k, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		panic(err)
	}
	k = ((k % 26) + 26) % 26
	text, _ := in.ReadString('\n')
	text = strings.TrimSuffix(text, "\n")
	out := []byte(text)
	for i := range out {
		out[i] = shift(out[i], k)
	}
	fmt.Println(string(out))
}
