rain_pooled_volume() {
    local -a h=()
    [[ -n $1 ]] && mapfile -t h <<< "$1"
    local lo=0 hi=$(( ${#h[@]} - 1 )) left_max=0 right_max=0 water=0
    # Walk inwards from the side with the lower running maximum: there the water level is known.
    while (( lo < hi )); do
        if (( h[lo] < h[hi] )); then
            (( h[lo] > left_max )) && left_max=${h[lo]}
            (( water += left_max - h[lo], lo++ ))
        else
            (( h[hi] > right_max )) && right_max=${h[hi]}
            (( water += right_max - h[hi], hi-- ))
        fi
    done
    echo "$water"
}
