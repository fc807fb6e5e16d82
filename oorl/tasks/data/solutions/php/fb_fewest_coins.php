<?php

/**
 * @param list<int> $coins
 */
function fewest_coins(array $coins, int $amount): ?int
{
    // $fewest[$t]: fewest coins summing to $t, null while $t cannot be made.
    $fewest = array_fill(0, $amount + 1, null);
    $fewest[0] = 0;
    for ($total = 1; $total <= $amount; $total++) {
        foreach ($coins as $coin) {
            if ($coin <= $total && $fewest[$total - $coin] !== null) {
                $candidate = $fewest[$total - $coin] + 1;
                $fewest[$total] = min($fewest[$total] ?? $candidate, $candidate);
            }
        }
    }
    return $fewest[$amount];
}
