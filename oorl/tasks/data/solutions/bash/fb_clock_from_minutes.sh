clock_from_minutes() {
    local day=$(( 24 * 60 ))
    # Bash's % keeps the dividend's sign; adding a day and reducing again lands in [0, day).
    local m=$(( ($1 % day + day) % day ))
    printf '%02d:%02d\n' $(( m / 60 )) $(( m % 60 ))
}
