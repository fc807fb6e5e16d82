modularInverse :: Int -> Int -> Maybe Int
modularInverse a m = go (a `mod` m) m 1 0
  where
    -- Extended Euclid, tracking only the coefficient of a.
    go oldR 0 oldS _
      | oldR == 1 = Just (oldS `mod` m)
      | otherwise = Nothing -- gcd(a, m) > 1
    go oldR r oldS s = let q = oldR `div` r in go r (oldR - q * r) s (oldS - q * s)
