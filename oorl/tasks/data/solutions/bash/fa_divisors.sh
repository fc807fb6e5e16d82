divisors() {
    local n=$1 d
    local -a large=()
    for (( d = 1; d * d <= n; d++ )); do
        if (( n % d == 0 )); then
            echo "$d"
            (( d != n / d )) && large+=( $(( n / d )) )
        fi
    done
    # The large divisors were found in descending order.
    for (( d = ${#large[@]} - 1; d >= 0; d-- )); do
        echo "${large[d]}"
    done
}
