"""One small stdin/stdout program per language: read two integers, print their sum.

Used by ``oorl exec demo`` to show every toolchain
working end to end inside the sandbox.  ``BROKEN`` turns a sample into a compile
(or syntax) error the same way for every language: an unbalanced brace/paren.
"""

from __future__ import annotations

SUM: dict[str, str] = {
    "python": "a, b = map(int, input().split())\nprint(a + b)\n",
    "c": '#include <stdio.h>\nint main(void) { long a, b; if (scanf("%ld %ld", &a, &b) != 2) return 1; printf("%ld\\n", a + b); return 0; }\n',
    "cpp": "#include <bits/stdc++.h>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << '\\n'; }\n",
    "java": "import java.util.Scanner;\n\npublic class Sum {\n    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        long a = in.nextLong(), b = in.nextLong();\n        System.out.println(a + b);\n    }\n}\n",
    "javascript": "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
    "typescript": "import * as fs from 'fs';\nconst [a, b]: number[] = fs.readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
    "php": "<?php\n[$a, $b] = array_map('intval', preg_split('/\\s+/', trim(fgets(STDIN))));\necho $a + $b, \"\\n\";\n",
    "bash": "read -r a b\necho $((a + b))\n",
    "go": "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n",
    "csharp": "using System;\n\nclass Program {\n    static void Main() {\n        var p = Console.ReadLine().Split(' ', StringSplitOptions.RemoveEmptyEntries);\n        Console.WriteLine(long.Parse(p[0]) + long.Parse(p[1]));\n    }\n}\n",
    "scala": "object Main {\n  def main(args: Array[String]): Unit = {\n    val Array(a, b) = scala.io.StdIn.readLine().trim.split(\"\\\\s+\").map(_.toLong)\n    println(a + b)\n  }\n}\n",
    "haskell": "main :: IO ()\nmain = do\n  [a, b] <- map read . words <$> getLine :: IO [Integer]\n  print (a + b)\n",
    "rust": "use std::io::Read;\n\nfn main() {\n    let mut s = String::new();\n    std::io::stdin().read_to_string(&mut s).unwrap();\n    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!(\"{}\", v[0] + v[1]);\n}\n",
    "perl": "my ($a, $b) = split ' ', <STDIN>;\nprint $a + $b, \"\\n\";\n",
    "ruby": "a, b = gets.split.map(&:to_i)\nputs a + b\n",
    "lua": "local a, b = io.read('n', 'n')\nprint(math.tointeger(a + b))\n",
    "llvm-ir": (
        '@fmt_in = private constant [8 x i8] c"%ld %ld\\00"\n'
        '@fmt_out = private constant [5 x i8] c"%ld\\0A\\00"\n'
        "declare i32 @scanf(ptr, ...)\n"
        "declare i32 @printf(ptr, ...)\n"
        "define i32 @main() {\n"
        "  %a = alloca i64\n  %b = alloca i64\n"
        "  %n = call i32 (ptr, ...) @scanf(ptr @fmt_in, ptr %a, ptr %b)\n"
        "  %x = load i64, ptr %a\n  %y = load i64, ptr %b\n  %s = add i64 %x, %y\n"
        "  call i32 (ptr, ...) @printf(ptr @fmt_out, i64 %s)\n"
        "  ret i32 0\n}\n"
    ),
}

CASES = [{"stdin": "2 3\n", "stdout": "5\n"}, {"stdin": "-7 10\n", "stdout": "3\n"}, {"stdin": "1000000000 1000000000\n", "stdout": "2000000000\n"}]


def broken(language: str) -> str:
    """The sample with a syntax error: an extra unbalanced opening bracket at the end."""
    return SUM[language] + ("(\n" if language not in ("bash",) else "if then\n")
