import { readFileSync } from "fs";

const n = parseInt(readFileSync(0, "utf8"), 10);
const rows: string[] = [];
for (let i = 1; i <= n; i++) {
    rows.push(" ".repeat(n - i) + "#".repeat(i));
}
console.log(rows.join("\n"));
