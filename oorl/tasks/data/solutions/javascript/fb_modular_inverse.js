function modularInverse(a, m) {
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    let [oldR, r] = [((a % m) + m) % m, m];
    let [oldS, s] = [1, 0];
    while (r !== 0) {
        const q = Math.floor(oldR / r);
        [oldR, r] = [r, oldR - q * r];
        [oldS, s] = [s, oldS - q * s];
    }
    if (oldR !== 1) {
        return null;
    }
    return ((oldS % m) + m) % m;
}
