<?php

/**
 * @return list<array{string, int}>
 */
function char_histogram(string $s): array
{
    $pairs = [];
    foreach (count_chars($s, 1) as $code => $count) {
        $pairs[] = [chr($code), $count];
    }
    // Highest count first; ties in ascending character-code order.
    usort($pairs, fn(array $a, array $b): int => $b[1] <=> $a[1] ?: strcmp($a[0], $b[0]));
    return $pairs;
}
