import scala.collection.immutable.SortedSet

object Solution {
  def smallestTopologicalOrder(n: Long, edges: List[(Long, Long)]): Option[List[Long]] = {
    val successors = Array.fill(n.toInt)(List.empty[Int])
    val indegree = Array.fill(n.toInt)(0)
    for ((u, v) <- edges) {
      successors(u.toInt) ::= v.toInt
      indegree(v.toInt) += 1
    }
    // Kahn's algorithm: of the vertices with nothing left before them, emit the smallest.
    // A sorted set works as the min-heap, since a vertex becomes ready only once.
    var ready = SortedSet((0 until n.toInt).filter(indegree(_) == 0): _*)
    val order = List.newBuilder[Long]
    var emitted = 0
    while (ready.nonEmpty) {
      val u = ready.head
      ready -= u
      order += u.toLong
      emitted += 1
      for (v <- successors(u)) {
        indegree(v) -= 1
        if (indegree(v) == 0) ready += v
      }
    }
    // Vertices on a cycle never become ready.
    if (emitted == n) Some(order.result()) else None
  }
}
