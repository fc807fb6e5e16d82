import { readFileSync } from "fs";

const [n, k] = readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const circle: number[] = Array.from({ length: n }, (_, i) => i + 1);
const order: number[] = [];
let pos = 0;
while (circle.length > 0) {
    // Counting k people from pos lands k - 1 places further on, wrapping around.
    pos = (pos + k - 1) % circle.length;
    order.push(circle.splice(pos, 1)[0]);
}
console.log(order.join(" "));
