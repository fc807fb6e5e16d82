package main

func minimumCoverWindow(s string, t string) string {
	if t == "" {
		return ""
	}
	need := make(map[rune]int) // how many more of each character the window needs (negative: spare)
	missing := 0
	for _, r := range t {
		need[r]++
		missing++
	}
	text := []rune(s)
	bestStart, bestLen := 0, len(text)+1
	start := 0
	for end, r := range text {
		if need[r] > 0 {
			missing--
		}
		need[r]--
		// The window covers t: shrink it from the left while it still does.
		for missing == 0 {
			if end-start+1 < bestLen {
				bestStart, bestLen = start, end-start+1
			}
			need[text[start]]++
			if need[text[start]] > 0 {
				missing++
			}
			start++
		}
	}
	if bestLen > len(text) {
		return ""
	}
	return string(text[bestStart : bestStart+bestLen])
}
