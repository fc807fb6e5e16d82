using System;
using System.Text;

class Solution {
    const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string ToBaseDigits(long n, long @base) {
        if (n == 0) {
            return "0";
        }
        // Work on n itself rather than its absolute value, which overflows for long.MinValue:
        // C#'s / and % truncate toward zero, so |n % base| is the next digit either way.
        var digits = new StringBuilder();
        for (long rest = n; rest != 0; rest /= @base) {
            digits.Insert(0, Digits[(int) Math.Abs(rest % @base)]);
        }
        if (n < 0) {
            digits.Insert(0, '-');
        }
        return digits.ToString();
    }
}
