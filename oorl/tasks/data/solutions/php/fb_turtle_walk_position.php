<?php

/**
 * @return array{int, int}
 */
function turtle_walk_position(string $commands): array
{
    [$x, $y] = [0, 0];
    [$dx, $dy] = [0, 1]; // facing north
    foreach (str_split($commands) as $command) {
        switch ($command) {
            case 'F':
                [$x, $y] = [$x + $dx, $y + $dy];
                break;
            case 'B':
                [$x, $y] = [$x - $dx, $y - $dy];
                break;
            case 'L':
                [$dx, $dy] = [-$dy, $dx];
                break;
            case 'R':
                [$dx, $dy] = [$dy, -$dx];
                break;
            // any other character is ignored
        }
    }
    return [$x, $y];
}
