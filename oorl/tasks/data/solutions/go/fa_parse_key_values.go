package main

import "strings"

func parseKeyValues(text string) map[string]string {
	result := make(map[string]string)
	for _, entry := range strings.Split(text, ";") {
		key, value, found := strings.Cut(entry, "=")
		if !found {
			continue
		}
		result[strings.TrimSpace(key)] = strings.TrimSpace(value)
	}
	return result
}
