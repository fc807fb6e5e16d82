<?php

function to_base_digits(int $n, int $base): string
{
    if ($n === 0) {
        return '0';
    }
    $alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    // Work on -|n|: every int has a non-positive counterpart, while PHP_INT_MIN has no positive one.
    $rest = $n < 0 ? $n : -$n;
    $digits = '';
    while ($rest !== 0) {
        $digits = $alphabet[-($rest % $base)] . $digits; // % takes the sign of $rest: a remainder in (-base, 0]
        $rest = intdiv($rest, $base);
    }
    return ($n < 0 ? '-' : '') . $digits;
}
