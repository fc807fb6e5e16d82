<?php

/**
 * @param list<array{int, int}> $items
 */
function knapsack_01(array $items, int $capacity): int
{
    // $best[$w]: the largest value reachable with total weight at most $w.
    $best = array_fill(0, $capacity + 1, 0);
    foreach ($items as [$weight, $value]) {
        // Downwards, so each item is used at most once.
        for ($w = $capacity; $w >= $weight; $w--) {
            $best[$w] = max($best[$w], $best[$w - $weight] + $value);
        }
    }
    return $best[$capacity];
}
