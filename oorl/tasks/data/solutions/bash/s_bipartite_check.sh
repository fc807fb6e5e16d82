#!/bin/bash
# Colour each uncoloured vertex 0, then spread alternating colours breadth first;
# an edge between two vertices of the same colour (a self-loop included) means NO.
bipartite() {
    local n=$1 s u v head
    local -a colour=() queue
    for (( s = 1; s <= n; s++ )); do
        [[ -n ${colour[s]} ]] && continue
        colour[s]=0
        queue=("$s")
        for (( head = 0; head < ${#queue[@]}; head++ )); do
            u=${queue[head]}
            for v in ${adjacency[u]}; do
                if [[ -z ${colour[v]} ]]; then
                    colour[v]=$(( 1 - colour[u] ))
                    queue+=("$v")
                elif (( colour[v] == colour[u] )); then
                    return 1
                fi
            done
        done
    done
}

read -r t
for (( g = 0; g < t; g++ )); do
    read -r n m
    adjacency=()  # adjacency[u]: the neighbours of u, separated by spaces
    for (( e = 0; e < m; e++ )); do
        read -r u v
        adjacency[u]+=" $v"
        adjacency[v]+=" $u"
    done
    if bipartite "$n"; then
        echo YES
    else
        echo NO
    fi
done
