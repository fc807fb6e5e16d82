import Data.List (transpose)

-- Take the first row, then turn the rest a quarter counter-clockwise so that its right column
-- (read downwards) becomes the next first row, and so on.
spiral :: [[a]] -> [a]
spiral [] = []
spiral (row : rest) = row ++ spiral (reverse (transpose rest))

chunksOf :: Int -> [a] -> [[a]]
chunksOf _ [] = []
chunksOf k xs = let (chunk, rest) = splitAt k xs in chunk : chunksOf k rest

main :: IO ()
main = do
  r : c : entries <- words <$> getContents
  putStrLn (unwords (spiral (chunksOf (read c) (take (read r * read c) entries))))
