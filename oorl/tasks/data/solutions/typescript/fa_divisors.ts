function divisors(n: number): number[] {
    const small: number[] = [];
    const large: number[] = [];
    for (let d = 1; d * d <= n; d++) {
        if (n % d === 0) {
            small.push(d);
            const partner = n / d;
            if (partner !== d) {
                large.push(partner);
            }
        }
    }
    return [...small, ...large.reverse()];
}
