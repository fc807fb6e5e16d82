/** A binary min-heap of numbers. */
class MinHeap {
    private readonly items: number[] = [];

    get size(): number {
        return this.items.length;
    }

    push(value: number): void {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const up = (i - 1) >> 1;
            if (a[up] <= a[i]) break;
            [a[up], a[i]] = [a[i], a[up]];
            i = up;
        }
    }

    pop(): number {
        const a = this.items;
        const top = a[0];
        const last = a.pop() as number;
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && a[l] < a[m]) m = l;
                if (r < a.length && a[r] < a[m]) m = r;
                if (m === i) break;
                [a[m], a[i]] = [a[i], a[m]];
                i = m;
            }
        }
        return top;
    }
}

function topologicalOrder(n: number, edges: [number, number][]): number[] | null {
    const successors: number[][] = Array.from({ length: n }, () => []);
    const indegree: number[] = new Array(n).fill(0);
    for (const [a, b] of edges) {
        successors[a].push(b);
        indegree[b]++;
    }
    // Kahn's algorithm, always taking the smallest node that has no unplaced predecessor.
    const ready = new MinHeap();
    indegree.forEach((d, v) => {
        if (d === 0) ready.push(v);
    });
    const order: number[] = [];
    while (ready.size > 0) {
        const u = ready.pop();
        order.push(u);
        for (const v of successors[u]) {
            if (--indegree[v] === 0) {
                ready.push(v);
            }
        }
    }
    return order.length === n ? order : null;
}
