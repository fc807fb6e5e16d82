function clockFromMinutes(minutes) {
    const day = 24 * 60;
    const t = ((minutes % day) + day) % day; // % keeps the sign of a negative offset
    const pad = (v) => String(v).padStart(2, "0");
    return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}
