object Main {
  def main(args: Array[String]): Unit = {
    val tokens = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
    val n = tokens.head.toInt
    // Two words are anagrams exactly when their sorted letters agree.
    val groups = tokens.slice(1, 1 + n).groupBy(_.sorted)
    println(s"${groups.size} ${groups.values.map(_.length).max}")
  }
}
