import Data.Array (listArray, (!))

rainPooledVolume :: [Int] -> Int
rainPooledVolume heights = go 0 (length heights - 1) 0 0 0
  where
    h = listArray (0, length heights - 1) heights
    -- Walk inwards from the side with the lower running maximum: there the water level is known.
    go lo hi leftMax rightMax water
      | lo >= hi = water
      | h ! lo < h ! hi =
          let leftMax' = max leftMax (h ! lo)
           in go (lo + 1) hi leftMax' rightMax (water + leftMax' - h ! lo)
      | otherwise =
          let rightMax' = max rightMax (h ! hi)
           in go lo (hi - 1) leftMax rightMax' (water + rightMax' - h ! hi)
