import Data.List (foldl')

knapsack01 :: [(Int, Int)] -> Int -> Int
knapsack01 items capacity = last (foldl' addItem (replicate (capacity + 1) 0) items)
  where
    -- best !! w is the top value within weight w.  Taking the item at weight w adds its value to the
    -- previous row's entry at w - weight; the row is shifted right by weight to line those up.
    addItem best (weight, value) = zipWith max best (replicate weight 0 ++ map (+ value) best)
