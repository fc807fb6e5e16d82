import Data.List (transpose)

-- Column c, read bottom to top, becomes row c.
rotateMatrix :: [[Int]] -> [[Int]]
rotateMatrix = map reverse . transpose
