# A window grows to the right until it covers t, then shrinks from the left for as long as it
# still does.  Characters are keyed by their codes, so the counts can live in an indexed array.
minimum_cover_window() {
    local s=$1 t=$2
    local -a need=()  # how many more of each character the window lacks (negative: spare)
    local missing=${#t} start=0 end i c best_start=0 best_len=$(( ${#s} + 1 ))
    if [[ -z $t ]]; then
        echo ""
        return
    fi
    for (( i = 0; i < ${#t}; i++ )); do
        printf -v c '%d' "'${t:i:1}"
        (( need[c] += 1 ))
    done
    for (( end = 0; end < ${#s}; end++ )); do
        printf -v c '%d' "'${s:end:1}"
        if (( need[c] > 0 )); then
            (( missing -= 1 ))
        fi
        (( need[c] -= 1 ))
        while (( missing == 0 )); do
            if (( end - start + 1 < best_len )); then
                best_start=$start best_len=$(( end - start + 1 ))
            fi
            printf -v c '%d' "'${s:start:1}"
            (( need[c] += 1 ))
            if (( need[c] > 0 )); then
                (( missing += 1 ))
            fi
            (( start += 1 ))
        done
    done
    if (( best_len > ${#s} )); then
        echo ""
    else
        printf '%s\n' "${s:best_start:best_len}"
    fi
}
