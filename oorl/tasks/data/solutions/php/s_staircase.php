<?php

$n = (int) fgets(STDIN);
for ($i = 1; $i <= $n; $i++) {
    echo str_repeat(' ', $n - $i), str_repeat('#', $i), "\n";
}
