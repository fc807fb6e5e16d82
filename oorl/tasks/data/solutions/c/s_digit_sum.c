#include <stdio.h>

int main(void) {
    int t;
    char digits[256];  /* the numbers have at most 30 digits: read them as text */
    if (scanf("%d", &t) != 1) return 1;
    while (t-- > 0 && scanf("%255s", digits) == 1) {
        int sum = 0;
        for (const char* p = digits; *p; p++) sum += *p - '0';
        printf("%d\n", sum);
    }
    return 0;
}
