<?php

/**
 * @param list<array{int, int}> $edges
 * @return list<int>
 */
function component_sizes(int $n, array $edges): array
{
    $parent = $n > 0 ? range(0, $n - 1) : [];
    $size = array_fill(0, $n, 1);
    $root = function (int $v) use (&$parent): int {
        while ($parent[$v] !== $v) {
            $parent[$v] = $parent[$parent[$v]]; // path halving
            $v = $parent[$v];
        }
        return $v;
    };
    foreach ($edges as [$u, $v]) {
        $ru = $root($u);
        $rv = $root($v);
        if ($ru === $rv) {
            continue;
        }
        if ($size[$ru] < $size[$rv]) {
            [$ru, $rv] = [$rv, $ru];
        }
        $parent[$rv] = $ru; // union by size
        $size[$ru] += $size[$rv];
    }
    $sizes = [];
    for ($v = 0; $v < $n; $v++) {
        if ($root($v) === $v) {
            $sizes[] = $size[$v];
        }
    }
    rsort($sizes);
    return $sizes;
}
