long long integer_sqrt(long long n) {
    /* Binary search for the largest r with r * r <= n, testing r <= n / r so nothing overflows. */
    long long lo = 0, hi = n < 3037000499LL ? n : 3037000499LL;  /* floor(sqrt(2^63 - 1)) */
    while (lo < hi) {
        long long mid = lo + (hi - lo + 1) / 2;
        if (mid <= n / mid) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
