import org.javatuples.Pair;

class Solution {
    public static Pair<Long, Long> turtleWalkPosition(String commands) {
        long x = 0, y = 0;
        long dx = 0, dy = 1; // facing north
        for (char command : commands.toCharArray()) {
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
                default:
                    break; // anything else is ignored
            }
        }
        return Pair.with(x, y);
    }
}
