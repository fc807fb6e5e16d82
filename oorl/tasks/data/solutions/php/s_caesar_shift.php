<?php

function shift_char(string $ch, int $k): string
{
    foreach (['a', 'A'] as $base) {
        $offset = ord($ch) - ord($base);
        if ($offset >= 0 && $offset < 26) {
            return chr(ord($base) + ($offset + $k) % 26);
        }
    }
    return $ch;
}

$k = ((int) fgets(STDIN) % 26 + 26) % 26; // a shift in 0..25 moves every letter alike
$text = rtrim((string) fgets(STDIN), "\n");
$shifted = '';
foreach (str_split($text) as $ch) {
    $shifted .= shift_char($ch, $k);
}
echo $shifted, "\n";
