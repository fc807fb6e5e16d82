object Solution {
  def largestRectangle(heights: List[Long]): Long = {
    val bars = (heights :+ 0L).toVector // a final bar of height 0 flushes the stack
    var stack = List.empty[Int] // indices of bars with increasing heights, the top first
    var best = 0L
    for (i <- bars.indices) {
      while (stack.nonEmpty && bars(stack.head) >= bars(i)) {
        val height = bars(stack.head)
        stack = stack.tail
        val left = stack.headOption.fold(0)(_ + 1)
        best = math.max(best, height * (i - left))
      }
      stack = i :: stack
    }
    best
  }
}
