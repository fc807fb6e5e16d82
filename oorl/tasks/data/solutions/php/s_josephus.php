<?php

[$n, $k] = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
$circle = range(1, $n);
$order = [];
$pos = 0;
while ($circle) {
    // Counting k people from pos lands k - 1 places further on, wrapping around.
    $pos = ($pos + $k - 1) % count($circle);
    $order[] = array_splice($circle, $pos, 1)[0];
}
echo implode(' ', $order), "\n";
