#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct student {
    char name[16];
    int scores[3];
    int total;
    char grade;
};

/* higher total first, then higher best single score, then name */
static int by_rank(const void *a, const void *b) {
    const struct student *x = a, *y = b;
    if (x->total != y->total) return y->total - x->total;
    int bx = x->scores[0], by = y->scores[0];
    for (int i = 1; i < 3; i++) {
        if (x->scores[i] > bx) bx = x->scores[i];
        if (y->scores[i] > by) by = y->scores[i];
    }
    if (bx != by) return by - bx;
    return strcmp(x->name, y->name);
}

int main(void) {
    struct student s[40];
    int n = 0, grade_count[5] = {0};
    while (n < 40 && scanf("%15s %d %d %d", s[n].name, &s[n].scores[0], &s[n].scores[1], &s[n].scores[2]) == 4) {
        struct student *p = &s[n];
        p->total = 0;
        for (int i = 0; i < 3; i++) {
            if (p->scores[i] < 0) p->scores[i] = 0;
            if (p->scores[i] > 100) p->scores[i] = 100;
            p->total += p->scores[i];
        }
        int avg = p->total / 3;
        p->grade = avg >= 90 ? 'A' : avg >= 80 ? 'B' : avg >= 70 ? 'C' : avg >= 60 ? 'D' : 'F';
        grade_count[p->grade == 'F' ? 4 : p->grade - 'A']++;
        n++;
    }
    qsort(s, (size_t)n, sizeof s[0], by_rank);
    int rank = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || s[i].total != s[i - 1].total) rank = i + 1;
        if (i < 6) printf("%d. %-10s %3d %c\n", rank, s[i].name, s[i].total, s[i].grade);
    }
    printf("grades A%d B%d C%d D%d F%d", grade_count[0], grade_count[1], grade_count[2], grade_count[3], grade_count[4]);
    if (n) printf(" spread=%d", s[0].total - s[n - 1].total);
    printf("\n");
    return 0;
}
