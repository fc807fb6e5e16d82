class Solution {
    public static String clockFromMinutes(long minutes) {
        long minutesPerDay = 24 * 60;
        long time = Math.floorMod(minutes, minutesPerDay); // in [0, 1440) even for negative offsets
        return String.format("%02d:%02d", time / 60, time % 60);
    }
}
