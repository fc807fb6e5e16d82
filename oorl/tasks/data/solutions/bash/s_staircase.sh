#!/bin/bash
read -r n
for (( i = 1; i <= n; i++ )); do
    printf -v spaces '%*s' $(( n - i )) ''
    printf -v hashes '%*s' "$i" ''
    printf '%s%s\n' "$spaces" "${hashes// /#}"
done
