import qualified Data.Map.Strict as Map
import qualified Data.Set as Set

sameLetterPattern :: String -> String -> Bool
sameLetterPattern a b = length a == length b && function pairs && function (map swap pairs)
  where
    pairs = zip a b
    swap (x, y) = (y, x)
    -- True when no character is paired with two different partners.
    function ps = all ((== 1) . Set.size) (Map.fromListWith Set.union [(x, Set.singleton y) | (x, y) <- ps])
