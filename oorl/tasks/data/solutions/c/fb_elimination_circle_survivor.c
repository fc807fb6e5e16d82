long long elimination_circle_survivor(long long n, long long k) {
    /* The Josephus recurrence on 0-based positions: the survivor among i people sits (k - 1) + 1 places
       after the survivor among i - 1, i.e. J(1) = 0, J(i) = (J(i - 1) + k) mod i. k is reduced first so
       that the sum cannot overflow. */
    long long pos = 0;
    for (long long i = 2; i <= n; i++) pos = (pos + k % i) % i;
    return pos + 1;
}
