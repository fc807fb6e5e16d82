long long derangement_count(long long n) {
    /* D(0) = 1, D(1) = 0, D(k) = (k - 1) * (D(k - 1) + D(k - 2)); D(20) still fits in 64 bits. */
    long long before = 1, current = 0;  /* D(k - 1), D(k) for k = 1 */
    if (n == 0) return 1;
    for (long long k = 2; k <= n; k++) {
        long long next = (k - 1) * (current + before);
        before = current;
        current = next;
    }
    return current;
}
