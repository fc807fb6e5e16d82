import Data.List (intercalate)

simplifyPath :: String -> String
simplifyPath path = '/' : intercalate "/" (reverse (foldl step [] (splitOn '/' path)))
  where
    -- The accumulator is the stack of names, innermost first.
    step names ".." = drop 1 names
    step names "." = names
    step names "" = names
    step names name = name : names

splitOn :: Char -> String -> [String]
splitOn sep s = case break (== sep) s of
  (part, []) -> [part]
  (part, _ : rest) -> part : splitOn sep rest
