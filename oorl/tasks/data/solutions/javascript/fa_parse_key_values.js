function parseKeyValues(text) {
    const result = new Map();
    for (const entry of text.split(";")) {
        const eq = entry.indexOf("=");
        if (eq === -1) {
            continue;
        }
        result.set(entry.slice(0, eq).trim(), entry.slice(eq + 1).trim());
    }
    return result;
}
