object Solution {
  // Divisors come in pairs (d, n / d) with d <= sqrt(n).
  def divisors(n: Long): List[Long] = {
    val small = Iterator.iterate(1L)(_ + 1).takeWhile(d => d * d <= n).filter(n % _ == 0).toList
    val large = small.map(n / _).reverse
    // For a square n the middle divisor appears in both halves.
    small ++ (if (small.last == large.head) large.tail else large)
  }
}
