function leastRotation(s) {
    let best = s;
    for (let i = 1; i < s.length; i++) {
        const rotation = s.slice(i) + s.slice(0, i);
        if (rotation < best) {
            best = rotation;
        }
    }
    return best;
}
