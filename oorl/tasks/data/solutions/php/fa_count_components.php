<?php

/**
 * @param list<array{int, int}> $edges
 */
function count_components(int $n, array $edges): int
{
    $parent = $n > 0 ? range(0, $n - 1) : [];
    $root = function (int $x) use (&$parent): int {
        while ($parent[$x] !== $x) {
            $parent[$x] = $parent[$parent[$x]]; // path halving
            $x = $parent[$x];
        }
        return $x;
    };
    $components = $n;
    foreach ($edges as [$a, $b]) {
        $ra = $root($a);
        $rb = $root($b);
        if ($ra !== $rb) {
            $parent[$ra] = $rb;
            $components--;
        }
    }
    return $components;
}
