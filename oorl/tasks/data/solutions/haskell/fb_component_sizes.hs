import Data.Graph (buildG, components)
import Data.List (sortOn)
import Data.Ord (Down (..))

componentSizes :: Int -> [(Int, Int)] -> [Int]
componentSizes n edges = sortOn Down (map length (components graph))
  where
    graph = buildG (0, n - 1) (edges ++ [(v, u) | (u, v) <- edges])
