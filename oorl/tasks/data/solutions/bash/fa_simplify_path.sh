simplify_path() {
    local -a parts names=()
    local part joined
    IFS=/ read -ra parts <<< "$1"
    for part in "${parts[@]}"; do
        case $part in
            ''|.) ;;
            ..) (( ${#names[@]} > 0 )) && unset 'names[-1]' ;;
            *) names+=("$part") ;;
        esac
    done
    joined=$(IFS=/; printf '%s' "${names[*]}")
    printf '/%s\n' "$joined"
}
