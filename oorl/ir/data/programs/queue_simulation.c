#include <stdio.h>

#define CAP 32

int main(void) {
    int q[CAP], head = 0, tail = 0, size = 0;
    int ops;
    if (scanf("%d", &ops) != 1) return 1;
    if (ops > 100) ops = 100;
    long long served_sum = 0;
    int dropped = 0, served = 0, maxsize = 0;
    for (int i = 0; i < ops; i++) {
        int v;
        if (scanf("%d", &v) != 1) break;
        if (v > 0) {
            if (size == CAP) { dropped++; continue; }
            q[tail] = v;
            tail = (tail + 1) % CAP;
            size++;
            if (size > maxsize) maxsize = size;
        } else {
            int k = v == 0 ? 1 : -v;
            while (k-- > 0 && size > 0) {
                served_sum += q[head] % 1000;
                head = (head + 1) % CAP;
                size--;
                served++;
            }
        }
    }
    printf("served=%d sum=%lld dropped=%d left=%d max=%d\n", served, served_sum, dropped, size, maxsize);
    return 0;
}
