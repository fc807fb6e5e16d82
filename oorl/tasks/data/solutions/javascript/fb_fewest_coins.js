function fewestCoins(coins, amount) {
    // fewest[t]: fewest coins summing to t, Infinity while t cannot be made.
    const fewest = new Array(amount + 1).fill(Infinity);
    fewest[0] = 0;
    for (let total = 1; total <= amount; total++) {
        for (const coin of coins) {
            if (coin <= total) {
                fewest[total] = Math.min(fewest[total], fewest[total - coin] + 1);
            }
        }
    }
    return Number.isFinite(fewest[amount]) ? fewest[amount] : null;
}
