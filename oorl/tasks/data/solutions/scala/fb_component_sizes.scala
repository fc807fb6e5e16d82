object Solution {
  def componentSizes(n: Long, edges: List[(Long, Long)]): List[Long] = {
    val parent = Array.tabulate(n.toInt)(identity)
    val size = Array.fill(n.toInt)(1L)

    def find(start: Int): Int = {
      var v = start
      while (parent(v) != v) {
        parent(v) = parent(parent(v)) // path halving keeps the trees shallow
        v = parent(v)
      }
      v
    }

    for ((a, b) <- edges) {
      val (ra, rb) = (find(a.toInt), find(b.toInt))
      if (ra != rb) {
        // Union by size: hang the smaller tree below the larger.
        val (big, small) = if (size(ra) >= size(rb)) (ra, rb) else (rb, ra)
        parent(small) = big
        size(big) += size(small)
      }
    }
    (0 until n.toInt).filter(v => find(v) == v).map(size).toList.sorted(Ordering[Long].reverse)
  }
}
