<?php

$line = rtrim((string) fgets(STDIN), "\n");
$best = '';
foreach (explode(' ', $line) as $word) {
    if (strlen($word) > strlen($best)) { // strictly longer: the earliest word wins a tie
        $best = $word;
    }
}
echo $best, "\n";
