<?php

$tokens = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int) $tokens[0];
$heights = array_map('intval', array_slice($tokens, 1, $n));
$heights[] = 0; // the final 0 flushes the stack
$stack = []; // indices of bars with increasing heights
$best = 0;
foreach ($heights as $i => $h) {
    while ($stack && $heights[end($stack)] >= $h) {
        $top = $heights[array_pop($stack)];
        // The popped bar extends left to just after the new stack top and right to just before $i.
        $left = $stack ? end($stack) + 1 : 0;
        $best = max($best, $top * ($i - $left));
    }
    $stack[] = $i;
}
echo $best, "\n";
