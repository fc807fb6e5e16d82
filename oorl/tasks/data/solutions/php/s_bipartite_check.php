<?php

/**
 * @param list<array{int, int}> $edges
 */
function is_bipartite(int $n, array $edges): bool
{
    $adj = array_fill(1, $n, []);
    foreach ($edges as [$u, $v]) {
        $adj[$u][] = $v;
        $adj[$v][] = $u;
    }
    $color = array_fill(1, $n, -1);
    // BFS from every uncoloured vertex: the graph may have several components.
    for ($s = 1; $s <= $n; $s++) {
        if ($color[$s] !== -1) {
            continue;
        }
        $color[$s] = 0;
        $queue = [$s];
        for ($head = 0; $head < count($queue); $head++) {
            $u = $queue[$head];
            foreach ($adj[$u] as $v) {
                if ($color[$v] === -1) {
                    $color[$v] = 1 - $color[$u];
                    $queue[] = $v;
                } elseif ($color[$v] === $color[$u]) {
                    return false; // includes a self-loop
                }
            }
        }
    }
    return true;
}

$data = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
$pos = 0;
$t = $data[$pos++];
for ($g = 0; $g < $t; $g++) {
    $n = $data[$pos++];
    $m = $data[$pos++];
    $edges = [];
    for ($i = 0; $i < $m; $i++) {
        $edges[] = [$data[$pos++], $data[$pos++]];
    }
    echo is_bipartite($n, $edges) ? 'YES' : 'NO', "\n";
}
