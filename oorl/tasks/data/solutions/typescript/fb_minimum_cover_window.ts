function minimumCoverWindow(s: string, t: string): string {
    if (t.length === 0) {
        return "";
    }
    // need: how many more of each character the window still lacks (negative: surplus).
    const need = new Map<string, number>();
    for (const ch of t) {
        need.set(ch, (need.get(ch) ?? 0) + 1);
    }
    let missing = t.length;
    let bestStart = 0;
    let bestLen = s.length + 1;
    let start = 0;
    for (let end = 0; end < s.length; end++) {
        const incoming = need.get(s[end]) ?? 0;
        if (incoming > 0) {
            missing--;
        }
        need.set(s[end], incoming - 1);
        // Shrink from the left while the window still covers t.
        while (missing === 0) {
            if (end - start + 1 < bestLen) {
                bestStart = start;
                bestLen = end - start + 1;
            }
            const outgoing = (need.get(s[start]) ?? 0) + 1;
            need.set(s[start], outgoing);
            if (outgoing > 0) {
                missing++;
            }
            start++;
        }
    }
    return bestLen <= s.length ? s.slice(bestStart, bestStart + bestLen) : "";
}
