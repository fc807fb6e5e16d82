using System;
using System.Text;

class Program {
    static char Shift(char ch, int k) {
        if (ch >= 'a' && ch <= 'z') {
            return (char) ('a' + (ch - 'a' + k) % 26);
        }
        if (ch >= 'A' && ch <= 'Z') {
            return (char) ('A' + (ch - 'A' + k) % 26);
        }
        return ch;
    }

    static void Main() {
        long k = long.Parse(Console.ReadLine().Trim());
        int shift = (int) (((k % 26) + 26) % 26); // a backward shift is a forward one modulo 26
        string text = Console.ReadLine() ?? "";
        var output = new StringBuilder(text.Length);
        foreach (char ch in text) {
            output.Append(Shift(ch, shift));
        }
        Console.WriteLine(output);
    }
}
