<?php

$tokens = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int) $tokens[0];
// Two words are anagrams exactly when their sorted letters agree.
$groups = [];
foreach (array_slice($tokens, 1, $n) as $word) {
    $letters = str_split($word);
    sort($letters);
    $key = implode('', $letters);
    $groups[$key] = ($groups[$key] ?? 0) + 1;
}
echo count($groups), ' ', max($groups), "\n";
