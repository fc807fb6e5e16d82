import scala.collection.immutable.SortedSet

object Solution {
  def topologicalOrder(n: Long, edges: List[(Long, Long)]): Option[List[Long]] = {
    val successors = edges.groupBy(_._1).map { case (a, out) => a -> out.map(_._2) }.withDefaultValue(Nil)
    val indegree = Array.fill(n.toInt)(0)
    for ((_, b) <- edges) indegree(b.toInt) += 1

    // Kahn's algorithm, always taking the smallest node that has nothing left before it.
    var ready = SortedSet((0L until n).filter(v => indegree(v.toInt) == 0): _*)
    val order = List.newBuilder[Long]
    var placed = 0
    while (ready.nonEmpty) {
      val u = ready.head
      ready -= u
      order += u
      placed += 1
      for (v <- successors(u)) {
        indegree(v.toInt) -= 1
        if (indegree(v.toInt) == 0) ready += v
      }
    }
    if (placed == n) Some(order.result()) else None
  }
}
