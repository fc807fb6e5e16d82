import { readFileSync } from "fs";

const [count, ...words] = readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
// Two words are anagrams exactly when their sorted letters agree.
const groups = new Map<string, number>();
for (const word of words.slice(0, Number(count))) {
    const key = [...word].sort().join("");
    groups.set(key, (groups.get(key) ?? 0) + 1);
}
console.log(`${groups.size} ${Math.max(...groups.values())}`);
