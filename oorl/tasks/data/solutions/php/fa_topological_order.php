<?php

/**
 * @param list<array{int, int}> $edges
 * @return list<int>|null
 */
function topological_order(int $n, array $edges): ?array
{
    $successors = array_fill(0, $n, []);
    $indegree = array_fill(0, $n, 0);
    foreach ($edges as [$a, $b]) {
        $successors[$a][] = $b;
        $indegree[$b]++;
    }
    // Kahn's algorithm, always taking the smallest node that has no unplaced predecessor.
    $ready = new SplMinHeap();
    foreach ($indegree as $v => $d) {
        if ($d === 0) {
            $ready->insert($v);
        }
    }
    $order = [];
    while (!$ready->isEmpty()) {
        $u = $ready->extract();
        $order[] = $u;
        foreach ($successors[$u] as $v) {
            if (--$indegree[$v] === 0) {
                $ready->insert($v);
            }
        }
    }
    return count($order) === $n ? $order : null;
}
