import Data.List (sort)
import qualified Data.Map.Strict as Map

main :: IO ()
main = do
  n : ws <- words <$> getContents
  -- Two words are anagrams exactly when their sorted letters agree.
  let groups = Map.fromListWith (+) [(sort w, 1 :: Int) | w <- take (read n) ws]
  putStrLn (show (Map.size groups) ++ " " ++ show (maximum (Map.elems groups)))
