import scala.collection.mutable.ArrayBuffer

object Main {
  def main(args: Array[String]): Unit = {
    val tokens = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
    val n = tokens(0).toInt
    val k = tokens(1).toLong
    val circle = ArrayBuffer.range(1, n + 1)
    val order = ArrayBuffer.empty[Int]
    var pos = 0
    while (circle.nonEmpty) {
      // Counting k people from pos lands k - 1 places further on, wrapping around.
      pos = ((pos + k - 1) % circle.length).toInt
      order += circle.remove(pos)
    }
    println(order.mkString(" "))
  }
}
