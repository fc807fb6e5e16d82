import Text.Printf (printf)

clockFromMinutes :: Int -> String
clockFromMinutes minutes = printf "%02d:%02d" hours mins
  where
    -- mod rounds toward negative infinity, so it always lands within one day.
    (hours, mins) = (minutes `mod` (24 * 60)) `divMod` 60
