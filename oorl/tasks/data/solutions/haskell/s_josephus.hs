eliminationOrder :: Int -> Int -> [Int]
eliminationOrder n k = go 0 [1 .. n]
  where
    go _ [] = []
    go pos circle =
      -- Counting k people from pos lands k - 1 places further on, wrapping around.
      let pos' = (pos + k - 1) `mod` length circle
          (before, leaving : after) = splitAt pos' circle
       in leaving : go pos' (before ++ after)

main :: IO ()
main = do
  n : k : _ <- map read . words <$> getContents
  putStrLn (unwords (map show (eliminationOrder n k)))
