object Solution {
  def countComponents(n: Long, edges: List[(Long, Long)]): Long = {
    val parent = Array.tabulate(n.toInt)(identity)

    def find(start: Int): Int = {
      var x = start
      while (parent(x) != x) {
        parent(x) = parent(parent(x)) // path halving
        x = parent(x)
      }
      x
    }

    // Every union of two different trees merges two components into one.
    edges.foldLeft(n) { case (components, (a, b)) =>
      val (ra, rb) = (find(a.toInt), find(b.toInt))
      if (ra == rb) components
      else {
        parent(ra) = rb
        components - 1
      }
    }
  }
}
