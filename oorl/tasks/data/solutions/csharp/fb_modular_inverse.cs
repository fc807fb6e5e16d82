class Solution {
    static long Mod(long x, long m) => ((x % m) + m) % m;

    public static long? ModularInverse(long a, long m) {
        // Extended Euclid, tracking only the coefficient of a: oldS * a = oldR (mod m).
        long oldR = Mod(a, m), r = m;
        long oldS = 1, s = 0;
        while (r != 0) {
            long q = oldR / r;
            long nextR = oldR - q * r;
            oldR = r;
            r = nextR;
            long nextS = oldS - q * s;
            oldS = s;
            s = nextS;
        }
        if (oldR != 1) {
            return null; // gcd(a, m) > 1
        }
        return Mod(oldS, m);
    }
}
