object Solution {
  private val Digits = "0123456789abcdefghijklmnopqrstuvwxyz"

  def toBaseDigits(n: Long, base: Long): String =
    if (n == 0) "0"
    else {
      // Work on n itself rather than its absolute value, which overflows for Long.MinValue:
      // / and % truncate toward zero, so |rest % base| is the next digit either way.
      val digits = Iterator.iterate(n)(_ / base).takeWhile(_ != 0)
        .map(rest => Digits(math.abs(rest % base).toInt))
        .mkString.reverse
      (if (n < 0) "-" else "") + digits
    }
}
