long long multiplicative_persistence(long long n) {
    /* A product of at most 19 digits is at most 9^19 < 2^63: it always fits. */
    long long steps = 0;
    while (n >= 10) {
        long long product = 1;
        for (long long m = n; m > 0; m /= 10) product *= m % 10;
        n = product;
        steps++;
    }
    return steps;
}
