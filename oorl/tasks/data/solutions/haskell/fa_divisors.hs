divisors :: Int -> [Int]
divisors n = small ++ reverse large
  where
    small = [d | d <- takeWhile (\d -> d * d <= n) [1 ..], n `mod` d == 0]
    large = [n `div` d | d <- small, d * d /= n]
