import Data.Char (isDigit)

-- Recursive descent, one parser per precedence level; each returns its value and the rest of the input.
--   expression := term (('+' | '-') term)*
--   term       := factor (('*' | '/') factor)*
--   factor     := '-' factor | '(' expression ')' | digits
arithmeticEval :: String -> Int
arithmeticEval expr = fst (expression (filter (/= ' ') expr))

expression :: String -> (Int, String)
expression input = uncurry loop (term input)
  where
    loop value ('+' : rest) = let (v, rest') = term rest in loop (value + v) rest'
    loop value ('-' : rest) = let (v, rest') = term rest in loop (value - v) rest'
    loop value rest = (value, rest)

term :: String -> (Int, String)
term input = uncurry loop (factor input)
  where
    loop value ('*' : rest) = let (v, rest') = factor rest in loop (value * v) rest'
    loop value ('/' : rest) = let (v, rest') = factor rest in loop (value `quot` v) rest' -- toward zero
    loop value rest = (value, rest)

factor :: String -> (Int, String)
factor ('-' : rest) = let (v, rest') = factor rest in (negate v, rest')
factor ('(' : rest) = case expression rest of
  (v, ')' : rest') -> (v, rest')
  _ -> error "missing ')'"
factor input = case span isDigit input of
  ("", _) -> error ("expected a number at " ++ show input)
  (digits, rest) -> (read digits, rest)
