import { readFileSync } from "fs";

function isLeap(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const [t, ...years] = readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const answers = years.slice(0, t).map((y) => (isLeap(y) ? "YES" : "NO"));
console.log(answers.join("\n"));
