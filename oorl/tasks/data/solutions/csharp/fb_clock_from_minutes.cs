class Solution {
    public static string ClockFromMinutes(long minutes) {
        const long MinutesPerDay = 24 * 60;
        long time = ((minutes % MinutesPerDay) + MinutesPerDay) % MinutesPerDay; // in [0, 1440) even when negative
        return $"{time / 60:D2}:{time % 60:D2}";
    }
}
