package main

func sameLetterPattern(a string, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	forward := make(map[rune]rune)
	backward := make(map[rune]rune)
	for i, x := range ra {
		y := rb[i]
		if p, ok := forward[x]; ok && p != y {
			return false
		}
		if p, ok := backward[y]; ok && p != x {
			return false
		}
		forward[x], backward[y] = y, x
	}
	return true
}
