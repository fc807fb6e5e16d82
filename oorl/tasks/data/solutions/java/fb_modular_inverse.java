import java.util.Optional;

class Solution {
    public static Optional<Long> modularInverse(long a, long m) {
        // Extended Euclid, tracking only the coefficient of a: oldS * a = oldR (mod m).
        long oldR = Math.floorMod(a, m), r = m;
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
            return Optional.empty(); // gcd(a, m) > 1
        }
        return Optional.of(Math.floorMod(oldS, m));
    }
}
