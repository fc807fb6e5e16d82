<?php

function longest_unique_substring(string $s): int
{
    $last_seen = [];
    $start = 0;
    $best = 0;
    for ($i = 0; $i < strlen($s); $i++) {
        $ch = $s[$i];
        // A repeat inside the current window moves its start just past the earlier occurrence.
        if (isset($last_seen[$ch]) && $last_seen[$ch] >= $start) {
            $start = $last_seen[$ch] + 1;
        }
        $last_seen[$ch] = $i;
        $best = max($best, $i - $start + 1);
    }
    return $best;
}
