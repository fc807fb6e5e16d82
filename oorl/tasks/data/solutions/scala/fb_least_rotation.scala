object Solution {
  def leastRotation(s: String): String =
    if (s.isEmpty) ""
    else s.indices.map(i => s.drop(i) + s.take(i)).min
}
