object Solution {
  def mergeIntervals(intervals: List[(Long, Long)]): List[(Long, Long)] =
    // The fold keeps the merged intervals so far, the latest first.
    intervals.sorted.foldLeft(List.empty[(Long, Long)]) {
      case ((lastStart, lastEnd) :: rest, (start, end)) if start <= lastEnd =>
        (lastStart, math.max(lastEnd, end)) :: rest
      case (merged, interval) => interval :: merged
    }.reverse
}
