object Solution {
  def knapsack01(items: List[(Long, Long)], capacity: Long): Long = {
    val cap = capacity.toInt
    val best = Array.fill(cap + 1)(0L) // best(w): top value within weight w
    for ((weight, value) <- items) {
      // Downwards, so that each item is used at most once.
      for (w <- cap to weight.toInt by -1) {
        best(w) = math.max(best(w), best(w - weight.toInt) + value)
      }
    }
    best(cap)
  }
}
