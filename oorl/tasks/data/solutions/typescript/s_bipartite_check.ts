import { readFileSync } from "fs";

function isBipartite(n: number, edges: [number, number][]): boolean {
    const adj: number[][] = Array.from({ length: n + 1 }, () => []);
    for (const [u, v] of edges) {
        adj[u].push(v);
        adj[v].push(u);
    }
    const color: number[] = new Array(n + 1).fill(-1);
    // BFS from every uncoloured vertex: the graph may have several components.
    for (let s = 1; s <= n; s++) {
        if (color[s] !== -1) continue;
        color[s] = 0;
        const queue = [s];
        for (let head = 0; head < queue.length; head++) {
            const u = queue[head];
            for (const v of adj[u]) {
                if (color[v] === -1) {
                    color[v] = 1 - color[u];
                    queue.push(v);
                } else if (color[v] === color[u]) {
                    return false; // includes a self-loop
                }
            }
        }
    }
    return true;
}

const data = readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
let pos = 0;
const t = data[pos++];
const out: string[] = [];
for (let g = 0; g < t; g++) {
    const n = data[pos++];
    const m = data[pos++];
    const edges: [number, number][] = [];
    for (let i = 0; i < m; i++) {
        edges.push([data[pos++], data[pos++]]);
    }
    out.push(isBipartite(n, edges) ? "YES" : "NO");
}
console.log(out.join("\n"));
