object Solution {
  // Sliding window [start, i]: lastSeen tells where a repeated character was last met.
  def longestUniqueSubstring(s: String): Long = {
    val lastSeen = scala.collection.mutable.Map.empty[Char, Int]
    var start = 0
    var best = 0
    for ((ch, i) <- s.zipWithIndex) {
      if (lastSeen.getOrElse(ch, -1) >= start) start = lastSeen(ch) + 1
      lastSeen(ch) = i
      best = math.max(best, i - start + 1)
    }
    best
  }
}
