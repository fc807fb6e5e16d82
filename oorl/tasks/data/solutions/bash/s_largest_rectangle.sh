#!/bin/bash
read -r n
read -ra heights
heights=("${heights[@]:0:n}" 0)  # the final 0 flushes the stack
stack=()  # indices of bars with increasing heights
best=0
for (( i = 0; i <= n; i++ )); do
    h=${heights[i]}
    while (( ${#stack[@]} > 0 )) && (( heights[stack[-1]] >= h )); do
        top=${heights[stack[-1]]}
        unset 'stack[-1]'
        # The popped bar extends left to just after the new stack top and right to just before i.
        left=0
        (( ${#stack[@]} > 0 )) && left=$(( stack[-1] + 1 ))
        (( top * (i - left) > best )) && best=$(( top * (i - left) ))
    done
    stack+=("$i")
done
echo "$best"
