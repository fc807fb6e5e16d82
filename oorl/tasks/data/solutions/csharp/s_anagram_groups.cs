using System;
using System.Collections.Generic;
using System.Linq;

class Program {
    static void Main() {
        string[] tokens = Console.In.ReadToEnd().Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        // Two words are anagrams exactly when their sorted letters agree.
        var groups = new Dictionary<string, int>();
        foreach (string word in tokens.Skip(1).Take(n)) {
            char[] letters = word.ToCharArray();
            Array.Sort(letters);
            string key = new string(letters);
            groups.TryGetValue(key, out int count);
            groups[key] = count + 1;
        }
        Console.WriteLine($"{groups.Count} {groups.Values.Max()}");
    }
}
