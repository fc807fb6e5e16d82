<?php

function modular_inverse(int $a, int $m): ?int
{
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    [$old_r, $r] = [($a % $m + $m) % $m, $m];
    [$old_s, $s] = [1, 0];
    while ($r !== 0) {
        $q = intdiv($old_r, $r);
        [$old_r, $r] = [$r, $old_r - $q * $r];
        [$old_s, $s] = [$s, $old_s - $q * $s];
    }
    if ($old_r !== 1) {
        return null;
    }
    return ($old_s % $m + $m) % $m;
}
