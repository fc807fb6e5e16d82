using System;
using System.Text;

class Program {
    static bool IsLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static void Main() {
        int t = int.Parse(Console.ReadLine().Trim());
        var output = new StringBuilder();
        for (int i = 0; i < t; i++) {
            long year = long.Parse(Console.ReadLine().Trim());
            output.Append(IsLeap(year) ? "YES" : "NO").Append('\n');
        }
        Console.Write(output);
    }
}
