#include <ctype.h>
#include <stdio.h>

/* Single-pass scan of JSON-ish text: depth, keys, strings, numbers, literals, escapes. */
int main(void) {
    int c, depth = 0, maxdepth = 0, keys = 0, strings = 0, numbers = 0, literals = 0, escapes = 0;
    int in_str = 0, esc = 0, after_colon_or_start = 1, errors = 0, in_num = 0, in_word = 0;
    char stack[64];
    while ((c = getchar()) != EOF) {
        if (in_str) {
            if (esc) { esc = 0; escapes++; }
            else if (c == '\\') esc = 1;
            else if (c == '"') in_str = 0;
            continue;
        }
        if (in_num && !(isdigit(c) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) in_num = 0;
        if (in_word && !isalpha(c)) in_word = 0;
        if (in_num || in_word) continue;
        switch (c) {
        case '{': case '[':
            if (depth < 64) stack[depth] = (char)c; else errors++;
            depth++;
            if (depth > maxdepth) maxdepth = depth;
            break;
        case '}': case ']':
            if (depth == 0 || (depth <= 64 && stack[depth - 1] != (c == '}' ? '{' : '['))) errors++;
            if (depth > 0) depth--;
            break;
        case '"': {
            in_str = 1;
            int is_key = depth > 0 && depth <= 64 && stack[depth - 1] == '{' && !after_colon_or_start;
            if (is_key) keys++; else strings++;
            break;
        }
        case ':': after_colon_or_start = 1; continue;
        case ',': after_colon_or_start = 0; continue;
        default:
            if (isdigit(c) || c == '-') { numbers++; in_num = 1; }
            else if (isalpha(c)) { literals++; in_word = 1; }
            else if (!isspace(c)) errors++;
        }
        if (c == '{' || c == ',') after_colon_or_start = 0;
        else if (c == '[') after_colon_or_start = 1;
    }
    if (in_str || depth) errors++;
    printf("maxdepth=%d keys=%d strings=%d numbers=%d literals=%d escapes=%d errors=%d\n",
           maxdepth, keys, strings, numbers, literals, escapes, errors);
    return 0;
}
