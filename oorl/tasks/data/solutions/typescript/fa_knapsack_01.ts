function knapsack01(items: [number, number][], capacity: number): number {
    // best[w]: the largest value reachable with total weight at most w.
    const best: number[] = new Array(capacity + 1).fill(0);
    for (const [weight, value] of items) {
        // Downwards, so each item is used at most once.
        for (let w = capacity; w >= weight; w--) {
            best[w] = Math.max(best[w], best[w - weight] + value);
        }
    }
    return best[capacity];
}
