object Solution {
  // The state is (x, y, dx, dy); the walker starts at the origin facing north (+y).
  def turtleWalkPosition(commands: String): (Long, Long) = {
    val (x, y, _, _) = commands.foldLeft((0L, 0L, 0L, 1L)) {
      case ((x, y, dx, dy), 'F') => (x + dx, y + dy, dx, dy)
      case ((x, y, dx, dy), 'B') => (x - dx, y - dy, dx, dy)
      case ((x, y, dx, dy), 'L') => (x, y, -dy, dx)
      case ((x, y, dx, dy), 'R') => (x, y, dy, -dx)
      case (state, _) => state // anything else is ignored
    }
    (x, y)
  }
}
