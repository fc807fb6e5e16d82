object Solution {
  def spreadsheetCellCoords(cell: String): (Long, Long) = {
    val (letters, digits) = cell.span(_.isLetter)
    // Column letters form a bijective base-26 number: A = 1 ... Z = 26, AA = 27.
    val column = letters.foldLeft(0L)((acc, ch) => acc * 26 + (ch - 'A' + 1))
    (digits.toLong, column)
  }
}
