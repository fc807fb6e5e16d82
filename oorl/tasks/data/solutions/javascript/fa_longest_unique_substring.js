function longestUniqueSubstring(s) {
    const lastSeen = new Map();
    let start = 0;
    let best = 0;
    for (let i = 0; i < s.length; i++) {
        // A repeat inside the current window moves its start just past the earlier occurrence.
        if (lastSeen.has(s[i]) && lastSeen.get(s[i]) >= start) {
            start = lastSeen.get(s[i]) + 1;
        }
        lastSeen.set(s[i], i);
        best = Math.max(best, i - start + 1);
    }
    return best;
}
