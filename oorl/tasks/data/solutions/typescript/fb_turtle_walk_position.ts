function turtleWalkPosition(commands: string): [number, number] {
    let x = 0;
    let y = 0;
    let dx = 0;
    let dy = 1; // facing north
    for (const command of commands) {
        switch (command) {
            case "F":
                x += dx;
                y += dy;
                break;
            case "B":
                x -= dx;
                y -= dy;
                break;
            case "L":
                [dx, dy] = [-dy, dx];
                break;
            case "R":
                [dx, dy] = [dy, -dx];
                break;
            // any other character is ignored
        }
    }
    return [x, y];
}
