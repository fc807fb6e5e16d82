#!/bin/bash
read -r k
IFS= read -r text || true  # keep leading spaces; the line may be empty or lack its newline
k=$(( (k % 26 + 26) % 26 ))
lower=abcdefghijklmnopqrstuvwxyz
upper=ABCDEFGHIJKLMNOPQRSTUVWXYZ
# tr maps each letter to the one k places on in the rotated alphabets.
printf '%s\n' "$text" | tr "$lower$upper" "${lower:k}${lower:0:k}${upper:k}${upper:0:k}"
