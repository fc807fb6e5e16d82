object Main {
  def main(args: Array[String]): Unit = {
    val line = Option(scala.io.StdIn.readLine()).getOrElse("")
    val words = line.split(" ").filter(_.nonEmpty)
    // foldLeft keeps the earlier word unless a later one is strictly longer.
    val best = words.foldLeft("")((best, word) => if (word.length > best.length) word else best)
    println(best)
  }
}
