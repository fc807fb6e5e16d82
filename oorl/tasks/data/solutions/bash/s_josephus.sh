#!/bin/bash
read -r n k
circle=()
for (( i = 1; i <= n; i++ )); do
    circle+=("$i")
done
order=()
pos=0
while (( ${#circle[@]} > 0 )); do
    # Counting k people from pos lands k - 1 places further on, wrapping around.
    pos=$(( (pos + k - 1) % ${#circle[@]} ))
    order+=("${circle[pos]}")
    circle=("${circle[@]:0:pos}" "${circle[@]:pos+1}")
done
echo "${order[*]}"
