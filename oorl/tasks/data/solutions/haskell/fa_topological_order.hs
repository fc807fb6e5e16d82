import qualified Data.IntMap.Strict as IntMap
import qualified Data.Set as Set

topologicalOrder :: Int -> [(Int, Int)] -> Maybe [Int]
topologicalOrder n edges
  | length order == n = Just order
  | otherwise = Nothing -- the nodes never freed lie on a cycle
  where
    successors = IntMap.fromListWith (flip (++)) [(a, [b]) | (a, b) <- edges]
    indegree = IntMap.fromListWith (+) ([(v, 0 :: Int) | v <- [0 .. n - 1]] ++ [(b, 1) | (_, b) <- edges])
    ready = Set.fromList [v | (v, 0) <- IntMap.toList indegree]
    order = go ready indegree
    -- Always emit the smallest node that has no unplaced predecessor.
    go available degrees = case Set.minView available of
      Nothing -> []
      Just (u, rest) ->
        let (available', degrees') = foldl release (rest, degrees) (IntMap.findWithDefault [] u successors)
         in u : go available' degrees'
    release (available, degrees) v =
      let d = degrees IntMap.! v - 1
       in (if d == 0 then Set.insert v available else available, IntMap.insert v d degrees)
