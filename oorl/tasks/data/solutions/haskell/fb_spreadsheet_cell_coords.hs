import Data.Char (isAsciiUpper, ord)

spreadsheetCellCoords :: String -> (Int, Int)
spreadsheetCellCoords cell = (read digits, foldl addLetter 0 letters)
  where
    (letters, digits) = span isAsciiUpper cell
    -- Columns are bijective base 26: A = 1 ... Z = 26, AA = 27.
    addLetter column c = column * 26 + ord c - ord 'A' + 1
