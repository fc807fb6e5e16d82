#include <stdio.h>
#include <string.h>

int main(void) {
    char w[40][24];
    int n = 0;
    while (n < 40 && scanf("%23s", w[n]) == 1) n++;
    for (int i = 1; i < n; i++) {
        char key[24];
        strcpy(key, w[i]);
        int j = i - 1;
        while (j >= 0 && strcmp(w[j], key) > 0) {
            strcpy(w[j + 1], w[j]);
            j--;
        }
        strcpy(w[j + 1], key);
    }
    int distinct = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || strcmp(w[i], w[i - 1]) != 0) {
            distinct++;
            printf("%s\n", w[i]);
        }
    }
    printf("total=%d distinct=%d\n", n, distinct);
    return 0;
}
