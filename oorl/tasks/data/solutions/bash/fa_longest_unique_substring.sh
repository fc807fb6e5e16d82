longest_unique_substring() {
    local s=$1
    local -A last_seen=()
    local start=0 best=0 i ch
    for (( i = 0; i < ${#s}; i++ )); do
        ch=${s:i:1}
        # Only a repeat inside the current window moves its start.
        if [[ -n ${last_seen[$ch]} ]] && (( ${last_seen[$ch]} >= start )); then
            start=$(( ${last_seen[$ch]} + 1 ))
        fi
        last_seen[$ch]=$i
        (( i - start + 1 > best )) && best=$(( i - start + 1 ))
    done
    echo "$best"
}
