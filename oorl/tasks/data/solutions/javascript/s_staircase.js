const fs = require("fs");

const n = parseInt(fs.readFileSync(0, "utf8"), 10);
const rows = [];
for (let i = 1; i <= n; i++) {
    rows.push(" ".repeat(n - i) + "#".repeat(i));
}
console.log(rows.join("\n"));
