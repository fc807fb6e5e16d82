<?php

/**
 * @param list<int> $heights
 */
function largest_rectangle(array $heights): int
{
    $best = 0;
    $stack = []; // indices of bars with increasing heights
    $heights[] = 0; // a final 0 flushes the stack
    foreach ($heights as $i => $h) {
        while ($stack && $heights[end($stack)] >= $h) {
            $height = $heights[array_pop($stack)];
            $left = $stack ? end($stack) + 1 : 0;
            $best = max($best, $height * ($i - $left));
        }
        $stack[] = $i;
    }
    return $best;
}
