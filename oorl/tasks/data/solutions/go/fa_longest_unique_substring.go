package main

func longestUniqueSubstring(s string) int {
	lastSeen := make(map[rune]int)
	start, best, i := 0, 0, 0 // i counts characters, not bytes
	for _, r := range s {
		if j, ok := lastSeen[r]; ok && j >= start {
			start = j + 1
		}
		lastSeen[r] = i
		if i-start+1 > best {
			best = i - start + 1
		}
		i++
	}
	return best
}
