class Solution {
    public static (long, long) TurtleWalkPosition(string commands) {
        long x = 0, y = 0;
        long dx = 0, dy = 1; // facing north
        foreach (char command in commands) {
            switch (command) {
                case 'F':
                    x += dx;
                    y += dy;
                    break;
                case 'B':
                    x -= dx;
                    y -= dy;
                    break;
                case 'L': {
                    long turned = -dy;
                    dy = dx;
                    dx = turned;
                    break;
                }
                case 'R': {
                    long turned = dy;
                    dy = -dx;
                    dx = turned;
                    break;
                }
                // anything else is ignored
            }
        }
        return (x, y);
    }
}
