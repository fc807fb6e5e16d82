<?php

/**
 * @return array<string, string>
 */
function parse_key_values(string $text): array
{
    $result = [];
    foreach (explode(';', $text) as $entry) {
        if (!str_contains($entry, '=')) {
            continue; // blank, or no '='
        }
        [$key, $value] = explode('=', $entry, 2);
        $result[trim($key)] = trim($value);
    }
    return $result;
}
