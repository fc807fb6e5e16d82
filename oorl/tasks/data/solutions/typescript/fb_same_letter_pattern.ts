function sameLetterPattern(a: string, b: string): boolean {
    if (a.length !== b.length) {
        return false;
    }
    // The pairing must be a function both ways: a -> b and b -> a.
    const forward = new Map<string, string>();
    const backward = new Map<string, string>();
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        const partnerOfX = forward.get(x) ?? y;
        const partnerOfY = backward.get(y) ?? x;
        if (partnerOfX !== y || partnerOfY !== x) {
            return false;
        }
        forward.set(x, y);
        backward.set(y, x);
    }
    return true;
}
