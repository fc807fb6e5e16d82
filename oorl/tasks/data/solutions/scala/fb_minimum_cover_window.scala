import scala.collection.mutable

object Solution {
  def minimumCoverWindow(s: String, t: String): String = {
    if (t.isEmpty) return ""
    // need(c): how many more c the window needs (negative when it has spares);
    // missing: how many characters of t the window still lacks in all.
    val need = mutable.Map.empty[Char, Int].withDefaultValue(0)
    for (ch <- t) need(ch) += 1
    var missing = t.length
    var bestStart = 0
    var bestLen = s.length + 1
    var start = 0
    for (end <- s.indices) {
      if (need(s(end)) > 0) missing -= 1
      need(s(end)) -= 1
      // Shrink from the left while the window still covers t.
      while (missing == 0) {
        if (end - start + 1 < bestLen) {
          bestStart = start
          bestLen = end - start + 1
        }
        need(s(start)) += 1
        if (need(s(start)) > 0) missing += 1
        start += 1
      }
    }
    if (bestLen <= s.length) s.substring(bestStart, bestStart + bestLen) else ""
  }
}
