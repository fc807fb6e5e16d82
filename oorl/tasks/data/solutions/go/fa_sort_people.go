package main

import "sort"

type person = struct {
	F0 string
	F1 int
}

func sortPeople(people []person) []string {
	sorted := append([]person(nil), people...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].F1 != sorted[j].F1 {
			return sorted[i].F1 > sorted[j].F1 // oldest first
		}
		return sorted[i].F0 < sorted[j].F0
	})
	names := make([]string, len(sorted))
	for i, p := range sorted {
		names[i] = p.F0
	}
	return names
}
