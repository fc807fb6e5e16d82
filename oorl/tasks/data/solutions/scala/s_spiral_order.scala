import scala.collection.mutable.ArrayBuffer

object Main {
  def main(args: Array[String]): Unit = {
    val tokens = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
    val (rows, cols) = (tokens(0).toInt, tokens(1).toInt)
    val m = tokens.slice(2, 2 + rows * cols).grouped(cols).toVector
    val out = ArrayBuffer.empty[String]
    var (top, bottom, left, right) = (0, rows - 1, 0, cols - 1)
    // Peel one ring per pass; the guards stop a single remaining row or column being read twice.
    while (top <= bottom && left <= right) {
      out ++= (left to right).map(c => m(top)(c))
      out ++= (top + 1 to bottom).map(r => m(r)(right))
      if (top < bottom) out ++= (right - 1 to left by -1).map(c => m(bottom)(c))
      if (left < right) out ++= (bottom - 1 until top by -1).map(r => m(r)(left))
      top += 1
      bottom -= 1
      left += 1
      right -= 1
    }
    println(out.mkString(" "))
  }
}
