using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        long k = long.Parse(tokens[1]);
        var circle = Enumerable.Range(1, n).ToList();
        var order = new List<int>();
        int pos = 0;
        while (circle.Count > 0) {
            // Counting k people from pos lands k - 1 places further on, wrapping around.
            pos = (int) ((pos + k - 1) % circle.Count);
            order.Add(circle[pos]);
            circle.RemoveAt(pos);
        }
        Console.WriteLine(string.Join(" ", order));
    }
}
