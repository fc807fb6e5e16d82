const fs = require("fs");

function shiftChar(ch, k) {
    for (const base of ["a", "A"]) {
        const start = base.charCodeAt(0);
        const code = ch.charCodeAt(0);
        if (code >= start && code < start + 26) {
            return String.fromCharCode(start + ((code - start + k) % 26));
        }
    }
    return ch;
}

const lines = fs.readFileSync(0, "utf8").split("\n");
const k = ((Number(lines[0]) % 26) + 26) % 26; // a shift in 0..25 moves every letter alike
const text = lines[1] ?? "";
console.log(Array.from(text, (ch) => shiftChar(ch, k)).join(""));
