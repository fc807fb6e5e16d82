<?php

/**
 * @param list<array{int, int}> $edges
 * @return list<int>|null
 */
function smallest_topological_order(int $n, array $edges): ?array
{
    $successors = array_fill(0, $n, []);
    $indegree = array_fill(0, $n, 0);
    foreach ($edges as [$u, $v]) {
        $successors[$u][] = $v;
        $indegree[$v]++;
    }
    // Kahn's algorithm with a min-heap: of the vertices with nothing left before them, emit the smallest.
    $ready = new SplMinHeap();
    for ($v = 0; $v < $n; $v++) {
        if ($indegree[$v] === 0) {
            $ready->insert($v);
        }
    }
    $order = [];
    while (!$ready->isEmpty()) {
        $u = $ready->extract();
        $order[] = $u;
        foreach ($successors[$u] as $v) {
            $indegree[$v]--;
            if ($indegree[$v] === 0) {
                $ready->insert($v);
            }
        }
    }
    return count($order) === $n ? $order : null; // vertices on a cycle never become ready
}
