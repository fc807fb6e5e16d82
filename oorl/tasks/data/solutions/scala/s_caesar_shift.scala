object Main {
  def shift(ch: Char, k: Int): Char =
    if (ch >= 'a' && ch <= 'z') ('a' + (ch - 'a' + k) % 26).toChar
    else if (ch >= 'A' && ch <= 'Z') ('A' + (ch - 'A' + k) % 26).toChar
    else ch

  def main(args: Array[String]): Unit = {
    val k = scala.io.StdIn.readLine().trim.toLong
    val forward = java.lang.Math.floorMod(k, 26L).toInt // a backward shift is a forward one modulo 26
    val text = Option(scala.io.StdIn.readLine()).getOrElse("")
    println(text.map(shift(_, forward)))
  }
}
