function smallestTopologicalOrder(n: number, edges: [number, number][]): number[] | null {
    const successors: number[][] = Array.from({ length: n }, () => []);
    const indegree: number[] = new Array(n).fill(0);
    for (const [u, v] of edges) {
        successors[u].push(v);
        indegree[v]++;
    }
    // Kahn's algorithm; the ready vertices are kept sorted in descending order,
    // so the smallest is always at the end, ready to pop.
    const ready: number[] = [];
    const insert = (v: number): void => {
        let i = ready.length;
        while (i > 0 && ready[i - 1] < v) {
            i--;
        }
        ready.splice(i, 0, v);
    };
    for (let v = 0; v < n; v++) {
        if (indegree[v] === 0) insert(v);
    }
    const order: number[] = [];
    while (ready.length > 0) {
        const u = ready.pop() as number;
        order.push(u);
        for (const v of successors[u]) {
            if (--indegree[v] === 0) insert(v);
        }
    }
    return order.length === n ? order : null;
}
