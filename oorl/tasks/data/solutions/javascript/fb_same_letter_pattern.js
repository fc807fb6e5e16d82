function sameLetterPattern(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    const forward = new Map();
    const backward = new Map();
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (!forward.has(x)) forward.set(x, y);
        if (!backward.has(y)) backward.set(y, x);
        if (forward.get(x) !== y || backward.get(y) !== x) {
            return false;
        }
    }
    return true;
}
