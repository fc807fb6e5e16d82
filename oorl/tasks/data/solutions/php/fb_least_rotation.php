<?php

function least_rotation(string $s): string
{
    $best = $s;
    for ($i = 1; $i < strlen($s); $i++) {
        $rotation = substr($s, $i) . substr($s, 0, $i);
        if (strcmp($rotation, $best) < 0) {
            $best = $rotation;
        }
    }
    return $best;
}
