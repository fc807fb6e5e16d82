package main

func modularInverse(a int, m int) *int {
	// Extended Euclid on (a mod m, m), tracking only the coefficient of a.
	oldR, r := ((a%m)+m)%m, m
	oldS, s := 1, 0
	for r != 0 {
		q := oldR / r
		oldR, r = r, oldR-q*r
		oldS, s = s, oldS-q*s
	}
	if oldR != 1 {
		return nil // gcd(a, m) > 1
	}
	x := ((oldS % m) + m) % m
	return &x
}
