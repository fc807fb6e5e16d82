function simplifyPath(path) {
    const names = [];
    for (const part of path.split("/")) {
        if (part === "..") {
            names.pop(); // a no-op at the root
        } else if (part !== "" && part !== ".") {
            names.push(part);
        }
    }
    return "/" + names.join("/");
}
