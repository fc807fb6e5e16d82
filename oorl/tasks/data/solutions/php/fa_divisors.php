<?php

/**
 * @return list<int>
 */
function divisors(int $n): array
{
    $small = [];
    $large = [];
    for ($d = 1; $d * $d <= $n; $d++) {
        if ($n % $d === 0) {
            $small[] = $d;
            $partner = intdiv($n, $d);
            if ($partner !== $d) {
                $large[] = $partner;
            }
        }
    }
    return array_merge($small, array_reverse($large));
}
