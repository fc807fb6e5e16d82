turtleWalkPosition :: String -> (Int, Int)
turtleWalkPosition commands = fst (foldl step ((0, 0), (0, 1)) commands)
  where
    -- The state is (position, heading); the walker starts facing north.
    step ((x, y), (dx, dy)) c = case c of
      'F' -> ((x + dx, y + dy), (dx, dy))
      'B' -> ((x - dx, y - dy), (dx, dy))
      'L' -> ((x, y), (-dy, dx))
      'R' -> ((x, y), (dy, -dx))
      _ -> ((x, y), (dx, dy))
