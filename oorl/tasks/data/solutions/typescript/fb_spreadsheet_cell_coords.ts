function spreadsheetCellCoords(cell: string): [number, number] {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (match === null) {
        throw new Error(`not a cell name: ${cell}`);
    }
    const [, letters, digits] = match;
    // Columns count in bijective base 26: A = 1 ... Z = 26, AA = 27.
    let column = 0;
    for (const ch of letters) {
        column = column * 26 + (ch.charCodeAt(0) - "A".charCodeAt(0) + 1);
    }
    return [Number(digits), column];
}
