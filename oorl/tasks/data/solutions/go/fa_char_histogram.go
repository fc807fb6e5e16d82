package main

import "sort"

// charCount is an alias (not a new type), so a []charCount is the []struct the harness expects.
type charCount = struct {
	F0 string
	F1 int
}

func charHistogram(s string) []charCount {
	counts := make(map[rune]int)
	for _, r := range s {
		counts[r]++
	}
	out := make([]charCount, 0, len(counts))
	for r, n := range counts {
		out = append(out, charCount{string(r), n})
	}
	// Highest count first; equal counts by character code (UTF-8 byte order is code point order).
	sort.Slice(out, func(i, j int) bool {
		if out[i].F1 != out[j].F1 {
			return out[i].F1 > out[j].F1
		}
		return out[i].F0 < out[j].F0
	})
	return out
}
