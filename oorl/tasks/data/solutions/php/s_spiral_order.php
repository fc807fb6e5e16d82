<?php

$tokens = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
[$rows, $cols] = [(int) $tokens[0], (int) $tokens[1]];
$m = array_chunk(array_slice($tokens, 2, $rows * $cols), $cols);

[$top, $bottom, $left, $right] = [0, $rows - 1, 0, $cols - 1];
$out = [];
// Peel one ring per pass; the guards stop a single remaining row or column being read twice.
while ($top <= $bottom && $left <= $right) {
    for ($c = $left; $c <= $right; $c++) {
        $out[] = $m[$top][$c];
    }
    for ($r = $top + 1; $r <= $bottom; $r++) {
        $out[] = $m[$r][$right];
    }
    if ($top < $bottom) {
        for ($c = $right - 1; $c >= $left; $c--) {
            $out[] = $m[$bottom][$c];
        }
    }
    if ($left < $right) {
        for ($r = $bottom - 1; $r > $top; $r--) {
            $out[] = $m[$r][$left];
        }
    }
    [$top, $bottom, $left, $right] = [$top + 1, $bottom - 1, $left + 1, $right - 1];
}
echo implode(' ', $out), "\n";
