toBaseDigits :: Int -> Int -> String
toBaseDigits n base
  | n == 0 = "0"
  | n < 0 = '-' : digitsOf (negate (toInteger n)) -- as an Integer, so minBound negates safely
  | otherwise = digitsOf (toInteger n)
  where
    b = toInteger base
    digitsOf 0 = ""
    digitsOf m = let (q, r) = m `quotRem` b in digitsOf q ++ [digitChar (fromInteger r)]
    digitChar d = (['0' .. '9'] ++ ['a' .. 'z']) !! d
