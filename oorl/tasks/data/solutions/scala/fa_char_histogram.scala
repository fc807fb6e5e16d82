object Solution {
  // Highest count first; equal counts in ascending character order.
  def charHistogram(s: String): List[(String, Long)] =
    s.groupBy(identity).toList
      .map { case (ch, occurrences) => (ch, occurrences.length.toLong) }
      .sortBy { case (ch, count) => (-count, ch) }
      .map { case (ch, count) => (ch.toString, count) }
}
