package main

import "sort"

type interval = struct{ F0, F1 int }

func mergeIntervals(intervals []interval) []interval {
	sorted := append([]interval(nil), intervals...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].F0 != sorted[j].F0 {
			return sorted[i].F0 < sorted[j].F0
		}
		return sorted[i].F1 < sorted[j].F1
	})
	merged := []interval{}
	for _, iv := range sorted {
		if last := len(merged) - 1; last >= 0 && iv.F0 <= merged[last].F1 {
			if iv.F1 > merged[last].F1 {
				merged[last].F1 = iv.F1
			}
		} else {
			merged = append(merged, iv)
		}
	}
	return merged
}
