#!/bin/bash
read -r line || true  # the line may lack its newline
best=""
for word in $line; do
    (( ${#word} > ${#best} )) && best=$word  # strictly longer: the earliest word wins a tie
done
printf '%s\n' "$best"
