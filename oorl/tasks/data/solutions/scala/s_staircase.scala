object Main {
  def main(args: Array[String]): Unit = {
    val n = scala.io.StdIn.readLine().trim.toInt
    for (i <- 1 to n) println(" " * (n - i) + "#" * i)
  }
}
