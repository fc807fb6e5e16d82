main :: IO ()
main = do
  n <- readLn
  mapM_ (\i -> putStrLn (replicate (n - i) ' ' ++ replicate i '#')) [1 .. n]
