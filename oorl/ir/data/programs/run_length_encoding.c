#include <stdio.h>
#include <string.h>

int main(void) {
    char s[201], enc[420], dec[201];
    while (scanf("%200s", s) == 1) {
        int n = (int)strlen(s), k = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && s[j] == s[i]) j++;
            k += sprintf(enc + k, "%d%c", j - i, s[i]);
            i = j;
        }
        int d = 0, num = 0;
        for (int i = 0; i < k; i++) {
            if (enc[i] >= '0' && enc[i] <= '9') num = num * 10 + (enc[i] - '0');
            else {
                while (num-- > 0 && d < 200) dec[d++] = enc[i];
                num = 0;
            }
        }
        dec[d] = '\0';
        printf("%s -> %s (%d/%d) %s\n", s, enc, k, n, strcmp(s, dec) == 0 ? "ok" : "bad");
    }
    return 0;
}
