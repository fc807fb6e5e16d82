<?php

/**
 * @param list<int> $heights
 */
function rain_pooled_volume(array $heights): int
{
    // Walk inwards from the side with the lower running maximum: there the bound on the water is known.
    $lo = 0;
    $hi = count($heights) - 1;
    $left_max = 0;
    $right_max = 0;
    $water = 0;
    while ($lo < $hi) {
        if ($heights[$lo] < $heights[$hi]) {
            $left_max = max($left_max, $heights[$lo]);
            $water += $left_max - $heights[$lo];
            $lo++;
        } else {
            $right_max = max($right_max, $heights[$hi]);
            $water += $right_max - $heights[$hi];
            $hi--;
        }
    }
    return $water;
}
