function minimumCoverWindow(s, t) {
    if (t.length === 0) {
        return "";
    }
    // need: how many more of each character the window still lacks (negative: surplus).
    const need = new Map();
    for (const ch of t) {
        need.set(ch, (need.get(ch) || 0) + 1);
    }
    let missing = t.length;
    let bestStart = 0;
    let bestLen = Infinity;
    let start = 0;
    for (let end = 0; end < s.length; end++) {
        const ch = s[end];
        if ((need.get(ch) || 0) > 0) {
            missing--;
        }
        need.set(ch, (need.get(ch) || 0) - 1);
        // Shrink from the left while the window still covers t.
        while (missing === 0) {
            if (end - start + 1 < bestLen) {
                bestStart = start;
                bestLen = end - start + 1;
            }
            const out = s[start];
            need.set(out, need.get(out) + 1);
            if (need.get(out) > 0) {
                missing++;
            }
            start++;
        }
    }
    return bestLen === Infinity ? "" : s.slice(bestStart, bestStart + bestLen);
}
