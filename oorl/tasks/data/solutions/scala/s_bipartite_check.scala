import java.io.{BufferedReader, InputStreamReader, StreamTokenizer}
import scala.collection.mutable.{ArrayBuffer, Queue}

object Main {
  def bipartite(adj: Array[ArrayBuffer[Int]]): Boolean = {
    val color = Array.fill(adj.length)(-1)

    // Colours the component of s by BFS; false once an edge joins two vertices of one colour.
    def colourFrom(s: Int): Boolean = {
      color(s) = 0
      val queue = Queue(s)
      var ok = true
      while (ok && queue.nonEmpty) {
        val u = queue.dequeue()
        for (v <- adj(u)) {
          if (color(v) == -1) {
            color(v) = 1 - color(u)
            queue.enqueue(v)
          } else if (color(v) == color(u)) {
            ok = false
          }
        }
      }
      ok
    }

    // The graph may have several components: start a BFS from every uncoloured vertex.
    adj.indices.forall(s => color(s) != -1 || colourFrom(s))
  }

  def main(args: Array[String]): Unit = {
    val in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)))
    def nextInt(): Int = {
      in.nextToken()
      in.nval.toInt
    }
    val t = nextInt()
    val answers = for (_ <- 1 to t) yield {
      val n = nextInt()
      val m = nextInt()
      val adj = Array.fill(n)(ArrayBuffer.empty[Int])
      for (_ <- 1 to m) {
        val u = nextInt() - 1 // vertices are numbered from 1
        val v = nextInt() - 1
        adj(u) += v
        adj(v) += u
      }
      if (bipartite(adj)) "YES" else "NO"
    }
    println(answers.mkString("\n"))
  }
}
