package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	best := ""
	for _, word := range strings.Fields(line) {
		if len(word) > len(best) { // strictly longer: the earliest word wins a tie
			best = word
		}
	}
	fmt.Println(best)
}
