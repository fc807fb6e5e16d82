const fs = require("fs");

const line = fs.readFileSync(0, "utf8").split("\n")[0];
let best = "";
for (const word of line.split(" ")) {
    if (word.length > best.length) { // strictly longer: the earliest word wins a tie
        best = word;
    }
}
console.log(best);
