const fs = require("fs");

function isLeap(year) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const [t, ...years] = fs.readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const lines = years.slice(0, t).map((y) => (isLeap(y) ? "YES" : "NO"));
console.log(lines.join("\n"));
