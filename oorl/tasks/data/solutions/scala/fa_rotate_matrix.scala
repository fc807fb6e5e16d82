object Solution {
  // Rotating clockwise turns the rows, read bottom to top, into columns.
  def rotateMatrix(m: List[List[Long]]): List[List[Long]] =
    if (m.isEmpty) Nil else m.reverse.transpose
}
