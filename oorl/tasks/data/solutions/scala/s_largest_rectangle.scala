import java.io.{BufferedReader, InputStreamReader}
import java.util.StringTokenizer

object Main {
  def main(args: Array[String]): Unit = {
    val in = new BufferedReader(new InputStreamReader(System.in))
    val n = in.readLine().trim.toInt
    val tokens = new StringTokenizer(in.readLine())
    val heights = Array.fill(n)(tokens.nextToken().toLong) :+ 0L // the final 0 flushes the stack
    val stack = new Array[Int](n + 1) // indices of bars with increasing heights
    var size = 0
    var best = 0L
    for (i <- heights.indices) {
      while (size > 0 && heights(stack(size - 1)) >= heights(i)) {
        size -= 1
        val top = heights(stack(size))
        // The popped bar extends left to just after the new stack top and right to just before i.
        val left = if (size > 0) stack(size - 1) + 1 else 0
        best = math.max(best, top * (i - left))
      }
      stack(size) = i
      size += 1
    }
    println(best)
  }
}
