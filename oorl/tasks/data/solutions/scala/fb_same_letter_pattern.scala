object Solution {
  // One-to-one exactly when the pairs of aligned characters relate each character
  // of a to a single character of b, and each character of b to a single one of a.
  def sameLetterPattern(a: String, b: String): Boolean =
    a.length == b.length && {
      val pairs = a.zip(b).distinct
      pairs.map(_._1).distinct.length == pairs.length && pairs.map(_._2).distinct.length == pairs.length
    }
}
