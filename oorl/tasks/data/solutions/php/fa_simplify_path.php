<?php

function simplify_path(string $path): string
{
    $names = [];
    foreach (explode('/', $path) as $part) {
        if ($part === '..') {
            array_pop($names); // a no-op at the root
        } elseif ($part !== '' && $part !== '.') {
            $names[] = $part;
        }
    }
    return '/' . implode('/', $names);
}
