import { readFileSync } from "fs";

const data = readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const rows = Number(data[0]);
const cols = Number(data[1]);
const m: string[][] = [];
for (let r = 0; r < rows; r++) {
    m.push(data.slice(2 + r * cols, 2 + (r + 1) * cols));
}

let top = 0;
let bottom = rows - 1;
let left = 0;
let right = cols - 1;
const out: string[] = [];
// Peel one ring per pass; the guards stop a single remaining row or column being read twice.
while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) out.push(m[top][c]);
    for (let r = top + 1; r <= bottom; r++) out.push(m[r][right]);
    if (top < bottom) {
        for (let c = right - 1; c >= left; c--) out.push(m[bottom][c]);
    }
    if (left < right) {
        for (let r = bottom - 1; r > top; r--) out.push(m[r][left]);
    }
    top++;
    bottom--;
    left++;
    right--;
}
console.log(out.join(" "));
