object Solution {
  /** Recursive descent, one method per precedence level:
    * expression := term (('+' | '-') term)*, term := factor (('*' | '/') factor)*,
    * factor := '-' factor | '(' expression ')' | digits.
    */
  private class Parser(expr: String) {
    private val text = expr.filter(_ != ' ')
    private var pos = 0

    private def peek: Option[Char] = if (pos < text.length) Some(text(pos)) else None

    def expression(): Long = {
      var value = term()
      while (peek.exists("+-".contains(_))) {
        val op = text(pos)
        pos += 1
        val right = term()
        value = if (op == '+') value + right else value - right
      }
      value
    }

    private def term(): Long = {
      var value = factor()
      while (peek.exists("*/".contains(_))) {
        val op = text(pos)
        pos += 1
        val right = factor()
        value = if (op == '*') value * right else value / right // Long division truncates toward zero
      }
      value
    }

    private def factor(): Long = peek match {
      case Some('-') =>
        pos += 1
        -factor()
      case Some('(') =>
        pos += 1
        val value = expression()
        pos += 1 // the closing ')'
        value
      case _ =>
        val digits = text.drop(pos).takeWhile(_.isDigit)
        pos += digits.length
        digits.toLong
    }
  }

  def arithmeticEval(expr: String): Long = new Parser(expr).expression()
}
