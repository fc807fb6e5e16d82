package main

func leastRotation(s string) string {
	runes := []rune(s)
	best := s
	for i := 1; i < len(runes); i++ {
		// Comparing UTF-8 strings byte by byte orders them by code point.
		if rotation := string(runes[i:]) + string(runes[:i]); rotation < best {
			best = rotation
		}
	}
	return best
}
