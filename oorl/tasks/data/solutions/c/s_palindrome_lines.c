#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool is_palindrome(const char* s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++)
        if (s[i] != s[n - 1 - i]) return false;
    return true;
}

int main(void) {
    int t;
    char word[1024];
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0 && scanf("%1023s", word) == 1) puts(is_palindrome(word) ? "YES" : "NO");
    return 0;
}
