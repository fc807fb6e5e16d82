function charHistogram(s: string): [string, number][] {
    const counts = new Map<string, number>();
    for (const ch of s) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    // Highest count first; ties in ascending character-code order (not locale order).
    const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    return [...counts.entries()].sort(([a, m], [b, n]) => n - m || byCode(a, b));
}
