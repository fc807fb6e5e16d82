<?php

/**
 * @param list<array{int, int}> $intervals
 * @return list<array{int, int}>
 */
function merge_intervals(array $intervals): array
{
    sort($intervals); // arrays compare element by element: by start, then end
    $merged = [];
    foreach ($intervals as [$start, $end]) {
        $last = count($merged) - 1;
        if ($last >= 0 && $start <= $merged[$last][1]) {
            $merged[$last][1] = max($merged[$last][1], $end);
        } else {
            $merged[] = [$start, $end];
        }
    }
    return $merged;
}
