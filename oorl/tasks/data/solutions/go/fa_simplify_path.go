package main

import "strings"

func simplifyPath(path string) string {
	names := []string{}
	for _, part := range strings.Split(path, "/") {
		switch part {
		case "", ".":
		case "..":
			if len(names) > 0 {
				names = names[:len(names)-1]
			}
		default:
			names = append(names, part)
		}
	}
	return "/" + strings.Join(names, "/")
}
