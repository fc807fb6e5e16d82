main :: IO ()
main = do
  input <- getContents
  let line = case lines input of
        first : _ -> first
        [] -> ""
  putStrLn (foldl longer "" (words line))
  where
    -- Only a strictly longer word replaces the best, so the earliest wins a tie.
    longer best word = if length word > length best then word else best
