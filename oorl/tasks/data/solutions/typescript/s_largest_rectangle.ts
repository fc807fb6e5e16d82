import { readFileSync } from "fs";

const data = readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const heights = data.slice(1, 1 + n);
heights.push(0); // the final 0 flushes the stack
const stack: number[] = []; // indices of bars with increasing heights
let best = 0; // at most 1e5 * 1e9, well within a double's exact integers
for (let i = 0; i < heights.length; i++) {
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= heights[i]) {
        const top = heights[stack.pop() as number];
        // The popped bar extends left to just after the new stack top and right to just before i.
        const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
        best = Math.max(best, top * (i - left));
    }
    stack.push(i);
}
console.log(String(best));
