import Data.Char (chr, isAsciiLower, isAsciiUpper, ord)

shiftChar :: Int -> Char -> Char
shiftChar k c
  | isAsciiLower c = rotate 'a'
  | isAsciiUpper c = rotate 'A'
  | otherwise = c
  where
    rotate base = chr (ord base + (ord c - ord base + k) `mod` 26)

main :: IO ()
main = do
  input <- getContents
  let (kLine, text) = case lines input of
        first : second : _ -> (first, second)
        [first] -> (first, "")
        [] -> error "missing k"
  putStrLn (map (shiftChar (read kLine)) text)
