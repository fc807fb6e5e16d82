import scala.annotation.tailrec

object Solution {
  def modularInverse(a: Long, m: Long): Option[Long] = {
    // Extended Euclid, tracking only the coefficient of a: oldS * a = oldR (mod m).
    @tailrec
    def loop(oldR: Long, r: Long, oldS: Long, s: Long): (Long, Long) =
      if (r == 0) (oldR, oldS)
      else {
        val q = oldR / r
        loop(r, oldR - q * r, s, oldS - q * s)
      }

    val (gcd, coefficient) = loop(java.lang.Math.floorMod(a, m), m, 1, 0)
    if (gcd == 1) Some(java.lang.Math.floorMod(coefficient, m)) else None
  }
}
