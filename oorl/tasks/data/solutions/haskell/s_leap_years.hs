isLeap :: Int -> Bool
isLeap year = year `mod` 4 == 0 && (year `mod` 100 /= 0 || year `mod` 400 == 0)

main :: IO ()
main = do
  t : years <- map read . words <$> getContents
  mapM_ (putStrLn . answer) (take t years)
  where
    answer year = if isLeap year then "YES" else "NO"
