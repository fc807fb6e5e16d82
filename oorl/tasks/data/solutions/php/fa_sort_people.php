<?php

/**
 * @param list<array{string, int}> $people
 * @return list<string>
 */
function sort_people(array $people): array
{
    // Oldest first, then by name (strcmp order, i.e. by character codes).
    usort($people, fn(array $a, array $b): int => $b[1] <=> $a[1] ?: strcmp($a[0], $b[0]));
    return array_column($people, 0);
}
