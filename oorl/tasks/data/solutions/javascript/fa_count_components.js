function countComponents(n, edges) {
    const parent = Array.from({ length: n }, (_, i) => i);
    const root = (x) => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    };
    let components = n;
    for (const [a, b] of edges) {
        const ra = root(a);
        const rb = root(b);
        if (ra !== rb) {
            parent[ra] = rb;
            components--;
        }
    }
    return components;
}
