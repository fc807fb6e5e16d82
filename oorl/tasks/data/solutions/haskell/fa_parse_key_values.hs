import Data.Char (isSpace)
import Data.List (dropWhileEnd)
import Data.Map (Map)
import qualified Data.Map as Map

parseKeyValues :: String -> Map String String
parseKeyValues text =
  Map.fromList [(trim key, trim value) | (key, '=' : value) <- map (break (== '=')) entries]
  where
    -- An entry without '=' fails the pattern and is skipped; Map.fromList keeps a repeated key's last value.
    entries = splitOn ';' text

splitOn :: Char -> String -> [String]
splitOn sep s = case break (== sep) s of
  (part, []) -> [part]
  (part, _ : rest) -> part : splitOn sep rest

trim :: String -> String
trim = dropWhileEnd isSpace . dropWhile isSpace
