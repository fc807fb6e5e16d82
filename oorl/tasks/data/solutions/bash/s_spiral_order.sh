#!/bin/bash
read -r rows cols
m=()  # the matrix, row by row: entry (r, c) is m[r * cols + c]
for (( r = 0; r < rows; r++ )); do
    read -ra row
    m+=("${row[@]:0:cols}")
done
out=()
top=0 bottom=$(( rows - 1 )) left=0 right=$(( cols - 1 ))
# Peel one ring per pass; the guards stop a single remaining row or column being read twice.
while (( top <= bottom && left <= right )); do
    for (( c = left; c <= right; c++ )); do out+=("${m[top * cols + c]}"); done
    for (( r = top + 1; r <= bottom; r++ )); do out+=("${m[r * cols + right]}"); done
    if (( top < bottom )); then
        for (( c = right - 1; c >= left; c-- )); do out+=("${m[bottom * cols + c]}"); done
    fi
    if (( left < right )); then
        for (( r = bottom - 1; r > top; r-- )); do out+=("${m[r * cols + left]}"); done
    fi
    (( top++, bottom--, left++, right-- ))
done
echo "${out[*]}"
