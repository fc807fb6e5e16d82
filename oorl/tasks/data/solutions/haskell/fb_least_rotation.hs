leastRotation :: String -> String
leastRotation "" = ""
leastRotation s = minimum [drop i s ++ take i s | i <- [0 .. length s - 1]]
