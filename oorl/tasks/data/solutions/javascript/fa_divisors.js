function divisors(n) {
    const small = [];
    const large = [];
    for (let d = 1; d * d <= n; d++) {
        if (n % d === 0) {
            small.push(d);
            if (d !== n / d) {
                large.push(n / d);
            }
        }
    }
    return small.concat(large.reverse());
}
