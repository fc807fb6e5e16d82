import qualified Data.ByteString.Char8 as B
import Data.Maybe (mapMaybe)

largestRectangle :: [Int] -> Int
largestRectangle heights = go [] (zip [0 ..] (heights ++ [0])) 0
  where
    -- The stack holds (index, height) of bars with increasing heights, top first;
    -- the final bar of height 0 flushes it.
    go _ [] best = best
    go ((_, top) : below) bars@((i, h) : _) best
      | top >= h =
          -- The popped bar extends left to just after the new top and right to just before i.
          let left = case below of
                (j, _) : _ -> j + 1
                [] -> 0
           in go below bars (max best (top * (i - left)))
    go stack (bar : rest) best = go (bar : stack) rest best

main :: IO ()
main = do
  n : heights <- map fst . mapMaybe B.readInt . B.words <$> B.getContents
  print (largestRectangle (take n heights))
