class Solution {
    /**
     * Recursive descent, one method per precedence level:
     * expression := term (('+' | '-') term)*, term := factor (('*' | '/') factor)*,
     * factor := '-' factor | '(' expression ')' | digits.
     */
    private static final class Parser {
        private final String text;
        private int pos = 0;

        Parser(String expr) {
            this.text = expr.replace(" ", "");
        }

        private boolean at(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        long expression() {
            long value = term();
            while (at('+') || at('-')) {
                char op = text.charAt(pos++);
                long right = term();
                value = op == '+' ? value + right : value - right;
            }
            return value;
        }

        long term() {
            long value = factor();
            while (at('*') || at('/')) {
                char op = text.charAt(pos++);
                long right = factor();
                value = op == '*' ? value * right : value / right; // Java's / truncates toward zero
            }
            return value;
        }

        long factor() {
            if (at('-')) {
                pos++;
                return -factor();
            }
            if (at('(')) {
                pos++;
                long value = expression();
                pos++; // the closing ')'
                return value;
            }
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return Long.parseLong(text.substring(start, pos));
        }
    }

    public static long arithmeticEval(String expr) {
        return new Parser(expr).expression();
    }
}
