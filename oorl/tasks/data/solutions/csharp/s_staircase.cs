using System;
using System.Text;

class Program {
    static void Main() {
        int n = int.Parse(Console.ReadLine().Trim());
        var output = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            output.Append(' ', n - i).Append('#', i).Append('\n');
        }
        Console.Write(output);
    }
}
