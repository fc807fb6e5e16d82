import Data.List (sort)

mergeIntervals :: [(Int, Int)] -> [(Int, Int)]
mergeIntervals = reverse . foldl merge [] . sort
  where
    -- The accumulator holds the merged intervals, latest first.
    merge ((start, end) : done) (s, e)
      | s <= end = (start, max end e) : done
    merge done interval = interval : done
