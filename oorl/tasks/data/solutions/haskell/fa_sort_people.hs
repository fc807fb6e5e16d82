import Data.List (sortOn)
import Data.Ord (Down (..))

sortPeople :: [(String, Int)] -> [String]
sortPeople people = map fst (sortOn (\(name, age) -> (Down age, name)) people)
