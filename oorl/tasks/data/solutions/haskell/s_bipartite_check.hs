{-# LANGUAGE FlexibleContexts #-}

import Control.Monad (forM_)
import Control.Monad.ST (ST, runST)
import Data.Array (Array, accumArray, bounds, (!))
import Data.Array.ST (STUArray, newArray, readArray, writeArray)
import qualified Data.ByteString.Char8 as B
import Data.Maybe (mapMaybe)

-- Colour each uncoloured vertex 0, then spread alternating colours by depth-first search.
bipartite :: Int -> [(Int, Int)] -> Bool
bipartite n edges = runST $ do
  colour <- newArray (1, n) (-1) :: ST s (STUArray s Int Int)
  let adjacency = accumArray (flip (:)) [] (1, n) (edges ++ [(v, u) | (u, v) <- edges]) :: Array Int [Int]
      spread [] = return True
      spread (u : stack) = do
        cu <- readArray colour u
        visit cu stack (adjacency ! u)
      visit _ stack [] = spread stack
      visit cu stack (v : vs) = do
        cv <- readArray colour v
        if cv == -1
          then writeArray colour v (1 - cu) >> visit cu (v : stack) vs
          else if cv == cu then return False else visit cu stack vs
      from s
        | s > snd (bounds adjacency) = return True
        | otherwise = do
            c <- readArray colour s
            if c /= -1
              then from (s + 1)
              else do
                writeArray colour s 0
                ok <- spread [s]
                if ok then from (s + 1) else return False
  from 1

-- Split the numbers after T into graphs: n, m and m pairs each.
graphs :: Int -> [Int] -> [(Int, [(Int, Int)])]
graphs 0 _ = []
graphs t (n : m : rest) = (n, pairs edgeNumbers) : graphs (t - 1) remaining
  where
    (edgeNumbers, remaining) = splitAt (2 * m) rest
    pairs (u : v : more) = (u, v) : pairs more
    pairs _ = []
graphs _ _ = error "truncated input"

main :: IO ()
main = do
  t : numbers <- map fst . mapMaybe B.readInt . B.words <$> B.getContents
  forM_ (graphs t numbers) $ \(n, edges) ->
    putStrLn (if bipartite n edges then "YES" else "NO")
