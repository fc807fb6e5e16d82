to_base_digits() {
    local n=$1 base=$2
    local digits=0123456789abcdefghijklmnopqrstuvwxyz out="" r
    if (( n == 0 )); then
        echo 0
        return
    fi
    # Bash's % and / truncate toward zero, so for a negative n every remainder is <= 0: using
    # its negation as the digit never negates n itself, which would overflow the most negative int.
    while (( n != 0 )); do
        r=$(( n % base ))
        (( r < 0 )) && r=$(( -r ))
        out=${digits:r:1}$out
        n=$(( n / base ))
    done
    (( $1 < 0 )) && out=-$out
    echo "$out"
}
