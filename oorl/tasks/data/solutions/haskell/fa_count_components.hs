{-# LANGUAGE FlexibleContexts #-}

import Control.Monad (foldM)
import Control.Monad.ST (ST, runST)
import Data.Array.ST (STUArray, newListArray, readArray, writeArray)

countComponents :: Int -> [(Int, Int)] -> Int
countComponents n edges = runST $ do
  parent <- newListArray (0, n - 1) [0 .. n - 1] :: ST s (STUArray s Int Int)
  let find x = do
        p <- readArray parent x
        if p == x
          then return x
          else do
            grandparent <- readArray parent p
            writeArray parent x grandparent -- path halving
            find grandparent
      union components (a, b) = do
        ra <- find a
        rb <- find b
        if ra == rb
          then return components
          else writeArray parent ra rb >> return (components - 1)
  foldM union n edges
