<?php

function same_letter_pattern(string $a, string $b): bool
{
    if (strlen($a) !== strlen($b)) {
        return false;
    }
    // The pairing must be a function both ways: a -> b and b -> a.
    $forward = [];
    $backward = [];
    for ($i = 0; $i < strlen($a); $i++) {
        $x = $a[$i];
        $y = $b[$i];
        $forward[$x] ??= $y;
        $backward[$y] ??= $x;
        if ($forward[$x] !== $y || $backward[$y] !== $x) {
            return false;
        }
    }
    return true;
}
