object Main {
  def isLeap(year: Long): Boolean = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)

  def main(args: Array[String]): Unit = {
    val tokens = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
    val t = tokens.head.toInt
    val answers = tokens.slice(1, 1 + t).map(y => if (isLeap(y.toLong)) "YES" else "NO")
    println(answers.mkString("\n"))
  }
}
