<?php

function minimum_cover_window(string $s, string $t): string
{
    if ($t === '') {
        return '';
    }
    // $need: how many more of each byte the window still lacks (negative: surplus).
    $need = array_fill(0, 256, 0);
    foreach (count_chars($t, 1) as $code => $count) {
        $need[$code] = $count;
    }
    $missing = strlen($t);
    $best_start = 0;
    $best_len = strlen($s) + 1;
    $start = 0;
    for ($end = 0; $end < strlen($s); $end++) {
        if ($need[ord($s[$end])]-- > 0) {
            $missing--;
        }
        // Shrink from the left while the window still covers t.
        while ($missing === 0) {
            if ($end - $start + 1 < $best_len) {
                $best_start = $start;
                $best_len = $end - $start + 1;
            }
            if (++$need[ord($s[$start])] > 0) {
                $missing++;
            }
            $start++;
        }
    }
    return $best_len <= strlen($s) ? substr($s, $best_start, $best_len) : '';
}
