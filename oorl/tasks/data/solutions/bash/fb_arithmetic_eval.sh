# Recursive descent, one function per precedence level:
#   expression := term (('+' | '-') term)*
#   term       := factor (('*' | '/') factor)*
#   factor     := '-' factor | '(' expression ')' | digits
# The functions share the text and the position in it (eval_text, eval_pos) and leave their
# value in eval_value; each keeps its running value in a local, so recursion is safe.
eval_expression() {
    local value op
    eval_term
    value=$eval_value
    while [[ ${eval_text:eval_pos:1} == [+-] ]]; do
        op=${eval_text:eval_pos:1}
        (( eval_pos++ ))
        eval_term
        if [[ $op == + ]]; then
            (( value += eval_value ))
        else
            (( value -= eval_value ))
        fi
    done
    eval_value=$value
}

eval_term() {
    local value op
    eval_factor
    value=$eval_value
    while [[ ${eval_text:eval_pos:1} == [*/] ]]; do
        op=${eval_text:eval_pos:1}
        (( eval_pos++ ))
        eval_factor
        if [[ $op == '*' ]]; then
            (( value *= eval_value ))
        else
            (( value /= eval_value ))  # Bash's division truncates toward zero
        fi
    done
    eval_value=$value
}

eval_factor() {
    local digits
    case ${eval_text:eval_pos:1} in
        -)
            (( eval_pos++ ))
            eval_factor
            eval_value=$(( -eval_value ))
            ;;
        '(')
            (( eval_pos++ ))
            eval_expression
            (( eval_pos++ ))  # the closing ')'
            ;;
        *)
            [[ ${eval_text:eval_pos} =~ ^[0-9]+ ]]
            digits=${BASH_REMATCH[0]}
            (( eval_pos += ${#digits} ))
            eval_value=$(( 10#$digits ))  # 10#: a leading zero must not mean octal
            ;;
    esac
}

arithmetic_eval() {
    local eval_text=${1// /} eval_pos=0 eval_value
    eval_expression
    echo "$eval_value"
}
