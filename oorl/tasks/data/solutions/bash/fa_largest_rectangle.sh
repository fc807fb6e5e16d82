largest_rectangle() {
    local -a heights stack=()
    local best=0 i h top left area
    [[ -n $1 ]] && mapfile -t heights <<< "$1"
    heights+=(0)  # the final bar of height 0 empties the stack
    for (( i = 0; i < ${#heights[@]}; i++ )); do
        h=${heights[i]}
        # The stack holds indices of bars with increasing heights.
        while (( ${#stack[@]} > 0 )) && (( heights[stack[-1]] >= h )); do
            top=${heights[stack[-1]]}
            unset 'stack[-1]'
            left=0
            (( ${#stack[@]} > 0 )) && left=$(( stack[-1] + 1 ))
            area=$(( top * (i - left) ))
            (( area > best )) && best=$area
        done
        stack+=("$i")
    done
    echo "$best"
}
