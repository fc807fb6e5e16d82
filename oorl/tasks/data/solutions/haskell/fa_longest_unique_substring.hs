{-# LANGUAGE BangPatterns #-}

import qualified Data.Map.Strict as Map

longestUniqueSubstring :: String -> Int
longestUniqueSubstring s = go Map.empty 0 0 (zip [0 ..] s)
  where
    -- lastSeen: each character's latest index; start: where the current window begins.
    go _ _ !best [] = best
    go lastSeen start !best ((i, c) : rest) =
      let start' = case Map.lookup c lastSeen of
            Just j | j >= start -> j + 1
            _ -> start
       in go (Map.insert c i lastSeen) start' (max best (i - start' + 1)) rest
