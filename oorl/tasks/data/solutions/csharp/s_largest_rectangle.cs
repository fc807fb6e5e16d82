using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        var heights = new long[n + 1]; // the final 0 flushes the stack
        for (int i = 0; i < n; i++) {
            heights[i] = long.Parse(tokens[1 + i]);
        }
        var stack = new Stack<int>(); // indices of bars with increasing heights
        long best = 0;
        for (int i = 0; i <= n; i++) {
            while (stack.Count > 0 && heights[stack.Peek()] >= heights[i]) {
                long top = heights[stack.Pop()];
                // The popped bar extends left to just after the new stack top and right to just before i.
                int left = stack.Count > 0 ? stack.Peek() + 1 : 0;
                best = Math.Max(best, top * (i - left));
            }
            stack.Push(i);
        }
        Console.WriteLine(best);
    }
}
