<?php

/**
 * @param list<list<int>> $m
 * @return list<list<int>>
 */
function rotate_matrix(array $m): array
{
    $rotated = [];
    // Column $c of the input, read from the bottom row up, becomes row $c of the result.
    foreach (array_keys($m[0] ?? []) as $c) {
        $rotated[] = array_reverse(array_column($m, $c));
    }
    return $rotated;
}
