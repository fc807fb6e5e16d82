package main

func turtleWalkPosition(commands string) struct{ F0, F1 int } {
	x, y := 0, 0
	dx, dy := 0, 1 // facing north
	for _, c := range commands {
		switch c {
		case 'F':
			x, y = x+dx, y+dy
		case 'B':
			x, y = x-dx, y-dy
		case 'L':
			dx, dy = -dy, dx
		case 'R':
			dx, dy = dy, -dx
		}
	}
	return struct{ F0, F1 int }{x, y}
}
