using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
        int rows = int.Parse(tokens[0]), cols = int.Parse(tokens[1]);
        var m = new string[rows, cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r, c] = tokens[2 + r * cols + c];
            }
        }
        var output = new List<string>();
        int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
        // Peel one ring per pass; the guards stop a single remaining row or column being read twice.
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) {
                output.Add(m[top, c]);
            }
            for (int r = top + 1; r <= bottom; r++) {
                output.Add(m[r, right]);
            }
            if (top < bottom) {
                for (int c = right - 1; c >= left; c--) {
                    output.Add(m[bottom, c]);
                }
            }
            if (left < right) {
                for (int r = bottom - 1; r > top; r--) {
                    output.Add(m[r, left]);
                }
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        Console.WriteLine(string.Join(" ", output));
    }
}
