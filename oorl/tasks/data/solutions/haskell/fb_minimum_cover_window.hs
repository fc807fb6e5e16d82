import Data.Array (listArray, (!))
import qualified Data.Map.Strict as Map

-- A window grows to the right until it covers t, then shrinks from the left for as long as it
-- still does; need holds how many more of each character the window lacks (negative: spare) and
-- missing the total still lacking.
minimumCoverWindow :: String -> String -> String
minimumCoverWindow _ "" = ""
minimumCoverWindow s t = case grow 0 0 wanted (length t) Nothing of
  Nothing -> ""
  Just (start, len) -> take len (drop start s)
  where
    wanted = Map.fromListWith (+) [(c, 1 :: Int) | c <- t]
    n = length s
    text = listArray (0, n - 1) s
    grow end start need missing best
      | end == n = best
      | otherwise =
          let c = text ! end
              missing' = if Map.findWithDefault 0 c need > 0 then missing - 1 else missing
           in shrink end start (Map.insertWith (+) c (-1) need) missing' best
    shrink end start need missing best
      | missing > 0 = grow (end + 1) start need missing best
      | otherwise =
          let c = text ! start
              need' = Map.insertWith (+) c 1 need
              missing' = if need' Map.! c > 0 then missing + 1 else missing
           in shrink end (start + 1) need' missing' (shorter best (start, end - start + 1))
    -- The earlier window wins a tie.
    shorter (Just (s0, l0)) (_, l1) | l0 <= l1 = Just (s0, l0)
    shorter _ window = Just window
