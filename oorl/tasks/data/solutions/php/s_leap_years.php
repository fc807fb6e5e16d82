<?php

function is_leap(int $year): bool
{
    return $year % 4 === 0 && ($year % 100 !== 0 || $year % 400 === 0);
}

$tokens = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$t = (int) $tokens[0];
foreach (array_slice($tokens, 1, $t) as $year) {
    echo is_leap((int) $year) ? 'YES' : 'NO', "\n";
}
