package main

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func toBaseDigits(n int, base int) string {
	if n == 0 {
		return "0"
	}
	// The magnitude as a uint64: negating in unsigned arithmetic also covers the most negative int.
	magnitude := uint64(n)
	if n < 0 {
		magnitude = -magnitude
	}
	var buf [65]byte // 64 binary digits and a sign
	i := len(buf)
	for b := uint64(base); magnitude > 0; magnitude /= b {
		i--
		buf[i] = digits[magnitude%b]
	}
	if n < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
