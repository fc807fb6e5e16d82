function componentSizes(n: number, edges: [number, number][]): number[] {
    const parent: number[] = Array.from({ length: n }, (_, v) => v);
    const size: number[] = new Array(n).fill(1);
    const root = (v: number): number => {
        while (parent[v] !== v) {
            parent[v] = parent[parent[v]]; // path halving
            v = parent[v];
        }
        return v;
    };
    for (const [u, v] of edges) {
        let ru = root(u);
        let rv = root(v);
        if (ru === rv) {
            continue;
        }
        if (size[ru] < size[rv]) {
            [ru, rv] = [rv, ru];
        }
        parent[rv] = ru; // union by size
        size[ru] += size[rv];
    }
    const sizes: number[] = [];
    for (let v = 0; v < n; v++) {
        if (root(v) === v) {
            sizes.push(size[v]);
        }
    }
    return sizes.sort((a, b) => b - a);
}
