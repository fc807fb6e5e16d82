import Data.List (sortOn)
import qualified Data.Map.Strict as Map
import Data.Ord (Down (..))

charHistogram :: String -> [(String, Int)]
charHistogram s = [([c], n) | (c, n) <- sortOn rank (Map.toList counts)]
  where
    counts = Map.fromListWith (+) [(c, 1) | c <- s]
    -- Highest count first, then ascending character code.
    rank (c, n) = (Down n, c)
