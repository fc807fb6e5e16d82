package main

import "fmt"

func clockFromMinutes(minutes int) string {
	const day = 24 * 60
	m := ((minutes % day) + day) % day // Go's % keeps the sign of the dividend
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}
