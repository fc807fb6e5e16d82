least_rotation() {
    local s=$1 best=$1 rotation i
    for (( i = 1; i < ${#s}; i++ )); do
        rotation=${s:i}${s:0:i}
        # [[ < ]] collates by the locale: character codes under C and C.UTF-8.
        [[ $rotation < $best ]] && best=$rotation
    done
    printf '%s\n' "$best"
}
