function rotateMatrix(m) {
    if (m.length === 0) {
        return [];
    }
    // Column c of the input, read from the bottom row up, becomes row c of the result.
    return m[0].map((_, c) => m.map((row) => row[c]).reverse());
}
