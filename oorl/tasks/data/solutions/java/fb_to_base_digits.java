class Solution {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static String toBaseDigits(long n, long base) {
        if (n == 0) {
            return "0";
        }
        // Work on n itself rather than its absolute value, which overflows for Long.MIN_VALUE:
        // Java's / and % truncate toward zero, so |n % base| is the next digit either way.
        StringBuilder digits = new StringBuilder();
        for (long rest = n; rest != 0; rest /= base) {
            digits.append(DIGITS.charAt((int) Math.abs(rest % base)));
        }
        if (n < 0) {
            digits.append('-');
        }
        return digits.reverse().toString();
    }
}
