function spreadsheetCellCoords(cell) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell);
    // Columns count in bijective base 26: A = 1 ... Z = 26, AA = 27.
    let column = 0;
    for (const ch of letters) {
        column = column * 26 + (ch.charCodeAt(0) - 64);
    }
    return [Number(digits), column];
}
