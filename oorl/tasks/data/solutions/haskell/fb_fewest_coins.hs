import Data.Array (listArray, (!))

fewestCoins :: [Int] -> Int -> Maybe Int
fewestCoins coins amount = fewest ! amount
  where
    -- A lazy table: each entry is defined from the smaller totals it needs.
    fewest = listArray (0, amount) (map best [0 .. amount])
    best 0 = Just 0
    best total = case [k + 1 | coin <- coins, coin <= total, Just k <- [fewest ! (total - coin)]] of
      [] -> Nothing
      counts -> Just (minimum counts)
