class Solution {
    // Recursive descent, one method per precedence level:
    // expression := term (('+' | '-') term)*, term := factor (('*' | '/') factor)*,
    // factor := '-' factor | '(' expression ')' | digits.
    class Parser {
        readonly string text;
        int pos;

        public Parser(string expr) {
            text = expr.Replace(" ", "");
        }

        bool At(char c) => pos < text.Length && text[pos] == c;

        public long Expression() {
            long value = Term();
            while (At('+') || At('-')) {
                char op = text[pos++];
                long right = Term();
                value = op == '+' ? value + right : value - right;
            }
            return value;
        }

        long Term() {
            long value = Factor();
            while (At('*') || At('/')) {
                char op = text[pos++];
                long right = Factor();
                value = op == '*' ? value * right : value / right; // C#'s / truncates toward zero
            }
            return value;
        }

        long Factor() {
            if (At('-')) {
                pos++;
                return -Factor();
            }
            if (At('(')) {
                pos++;
                long value = Expression();
                pos++; // the closing ')'
                return value;
            }
            int start = pos;
            while (pos < text.Length && char.IsDigit(text[pos])) {
                pos++;
            }
            return long.Parse(text.Substring(start, pos - start));
        }
    }

    public static long ArithmeticEval(string expr) {
        return new Parser(expr).Expression();
    }
}
