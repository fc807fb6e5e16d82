function parseKeyValues(text: string): Map<string, string> {
    const result = new Map<string, string>();
    for (const entry of text.split(";")) {
        const eq = entry.indexOf("=");
        if (eq === -1) {
            continue; // blank, or no '='
        }
        result.set(entry.slice(0, eq).trim(), entry.slice(eq + 1).trim());
    }
    return result;
}
