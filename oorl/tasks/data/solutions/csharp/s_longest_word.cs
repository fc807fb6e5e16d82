using System;

class Program {
    static void Main() {
        string line = Console.ReadLine() ?? "";
        string best = "";
        foreach (string word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) {
            if (word.Length > best.Length) { // strictly longer: the earliest word wins a tie
                best = word;
            }
        }
        Console.WriteLine(best);
    }
}
