largestRectangle :: [Int] -> Int
largestRectangle heights = go [] (zip [0 ..] (heights ++ [0])) 0
  where
    -- The stack holds (index, height) of bars with increasing heights, top first;
    -- the final bar of height 0 empties it.
    go _ [] best = best
    go ((_, top) : below) bars@((i, h) : _) best
      | top >= h =
          let left = case below of
                (j, _) : _ -> j + 1
                [] -> 0
           in go below bars (max best (top * (i - left)))
    go stack (bar : rest) best = go (bar : stack) rest best
