<?php

/**
 * @return array{int, int}
 */
function spreadsheet_cell_coords(string $cell): array
{
    preg_match('/^([A-Z]+)(\d+)$/', $cell, $parts);
    // Columns count in bijective base 26: A = 1 ... Z = 26, AA = 27.
    $column = 0;
    foreach (str_split($parts[1]) as $letter) {
        $column = $column * 26 + ord($letter) - ord('A') + 1;
    }
    return [(int) $parts[2], $column];
}
