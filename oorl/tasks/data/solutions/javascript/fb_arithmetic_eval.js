function arithmeticEval(expr) {
    // Recursive descent over BigInts (exact 64-bit-range arithmetic; BigInt division truncates toward zero):
    // expression := term (('+' | '-') term)*, term := factor (('*' | '/') factor)*,
    // factor := '-' factor | '(' expression ')' | digits.
    const text = expr.replace(/ /g, "");
    let pos = 0;

    const expression = () => {
        let value = term();
        while (text[pos] === "+" || text[pos] === "-") {
            const op = text[pos++];
            const right = term();
            value = op === "+" ? value + right : value - right;
        }
        return value;
    };

    const term = () => {
        let value = factor();
        while (text[pos] === "*" || text[pos] === "/") {
            const op = text[pos++];
            const right = factor();
            value = op === "*" ? value * right : value / right;
        }
        return value;
    };

    const factor = () => {
        if (text[pos] === "-") {
            pos++;
            return -factor();
        }
        if (text[pos] === "(") {
            pos++;
            const value = expression();
            pos++; // the closing ')'
            return value;
        }
        const start = pos;
        while (pos < text.length && text[pos] >= "0" && text[pos] <= "9") {
            pos++;
        }
        return BigInt(text.slice(start, pos));
    };

    return Number(expression());
}
