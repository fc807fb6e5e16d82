same_letter_pattern() {
    local a=$1 b=$2 i x y
    local -A forward=() backward=()
    if (( ${#a} != ${#b} )); then
        echo false
        return
    fi
    for (( i = 0; i < ${#a}; i++ )); do
        x=${a:i:1} y=${b:i:1}
        # Each character keeps one partner in each direction.
        if [[ -n ${forward[$x]+set} && ${forward[$x]} != "$y" ]] ||
           [[ -n ${backward[$y]+set} && ${backward[$y]} != "$x" ]]; then
            echo false
            return
        fi
        forward[$x]=$y
        backward[$y]=$x
    done
    echo true
}
