object Solution {
  // Walk inwards from the side with the lower running maximum: that maximum bounds the water there.
  def rainPooledVolume(heights: List[Long]): Long = {
    val h = heights.toVector
    var lo = 0
    var hi = h.length - 1
    var leftMax = 0L
    var rightMax = 0L
    var water = 0L
    while (lo < hi) {
      if (h(lo) < h(hi)) {
        leftMax = math.max(leftMax, h(lo))
        water += leftMax - h(lo)
        lo += 1
      } else {
        rightMax = math.max(rightMax, h(hi))
        water += rightMax - h(hi)
        hi -= 1
      }
    }
    water
  }
}
