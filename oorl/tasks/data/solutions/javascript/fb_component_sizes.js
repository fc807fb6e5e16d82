function componentSizes(n, edges) {
    const parent = Array.from({ length: n }, (_, v) => v);
    const size = new Array(n).fill(1);
    const root = (v) => {
        while (parent[v] !== v) {
            parent[v] = parent[parent[v]];
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
    return parent
        .map((_, v) => v)
        .filter((v) => root(v) === v)
        .map((v) => size[v])
        .sort((a, b) => b - a);
}
