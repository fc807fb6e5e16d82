import Data.Array (accumArray, (!))
import qualified Data.Map.Strict as Map
import qualified Data.Set as Set

-- Kahn's algorithm: of the vertices with nothing left before them, always emit the smallest.
smallestTopologicalOrder :: Int -> [(Int, Int)] -> Maybe [Int]
smallestTopologicalOrder n edges = go (Set.fromList [v | v <- [0 .. n - 1], indegree v == 0]) Map.empty []
  where
    successors = accumArray (flip (:)) [] (0, n - 1) edges
    indegrees = accumArray (+) 0 (0, n - 1) [(v, 1 :: Int) | (_, v) <- edges]
    indegree v = indegrees ! v
    -- placed counts, for each vertex, its predecessors already emitted.
    go ready placed order = case Set.minView ready of
      Nothing
        | length order == n -> Just (reverse order)
        | otherwise -> Nothing -- a cycle (a self-loop included) never frees its vertices
      Just (u, rest) ->
        let (ready', placed') = foldl release (rest, placed) (successors ! u)
         in go ready' placed' (u : order)
    release (ready, placed) v =
      let k = Map.findWithDefault 0 v placed + 1
       in (if k == indegree v then Set.insert v ready else ready, Map.insert v k placed)
