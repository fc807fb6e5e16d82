<?php

function clock_from_minutes(int $minutes): string
{
    $day = 24 * 60;
    $t = ($minutes % $day + $day) % $day; // % keeps the sign of a negative offset
    return sprintf('%02d:%02d', intdiv($t, 60), $t % 60);
}
