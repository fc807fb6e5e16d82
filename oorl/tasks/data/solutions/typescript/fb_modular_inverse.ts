function modularInverse(a: number, m: number): number | null {
    const mod = (x: number): number => ((x % m) + m) % m;
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    let [oldR, r] = [mod(a), m];
    let [oldS, s] = [1, 0];
    while (r !== 0) {
        const q = Math.floor(oldR / r);
        [oldR, r] = [r, oldR - q * r];
        [oldS, s] = [s, oldS - q * s];
    }
    return oldR === 1 ? mod(oldS) : null;
}
