#!/bin/bash
# Two words are anagrams exactly when they have the same letter counts, so the counts of
# a to z, written out, name a word's group.
read -r n
read -ra words
declare -A groups=()
largest=0
for word in "${words[@]:0:n}"; do
    counts=(0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
    for (( i = 0; i < ${#word}; i++ )); do
        printf -v code '%d' "'${word:i:1}"
        (( counts[code - 97] += 1 ))
    done
    key=${counts[*]}
    groups[$key]=$(( ${groups[$key]:-0} + 1 ))
    (( groups[$key] > largest )) && largest=${groups[$key]}
done
echo "${#groups[@]} $largest"
