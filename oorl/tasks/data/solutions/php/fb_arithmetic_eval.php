<?php

/**
 * Recursive descent, one function per precedence level, each advancing $pos through $text:
 * expression := term (('+' | '-') term)*, term := factor (('*' | '/') factor)*,
 * factor := '-' factor | '(' expression ')' | digits.
 */
function arithmetic_eval(string $expr): int
{
    $text = str_replace(' ', '', $expr);
    $pos = 0;
    return arithmetic_expression($text, $pos);
}

function arithmetic_expression(string $text, int &$pos): int
{
    $value = arithmetic_term($text, $pos);
    while ($pos < strlen($text) && ($text[$pos] === '+' || $text[$pos] === '-')) {
        $op = $text[$pos++];
        $right = arithmetic_term($text, $pos);
        $value = $op === '+' ? $value + $right : $value - $right;
    }
    return $value;
}

function arithmetic_term(string $text, int &$pos): int
{
    $value = arithmetic_factor($text, $pos);
    while ($pos < strlen($text) && ($text[$pos] === '*' || $text[$pos] === '/')) {
        $op = $text[$pos++];
        $right = arithmetic_factor($text, $pos);
        $value = $op === '*' ? $value * $right : intdiv($value, $right); // intdiv truncates toward zero
    }
    return $value;
}

function arithmetic_factor(string $text, int &$pos): int
{
    if ($text[$pos] === '-') {
        $pos++;
        return -arithmetic_factor($text, $pos);
    }
    if ($text[$pos] === '(') {
        $pos++;
        $value = arithmetic_expression($text, $pos);
        $pos++; // the closing ')'
        return $value;
    }
    $digits = strspn($text, '0123456789', $pos);
    $value = (int) substr($text, $pos, $digits);
    $pos += $digits;
    return $value;
}
