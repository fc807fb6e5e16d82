#include <stdio.h>
#include <string.h>

int main(void) {
    int size;
    char from[8], to[8];
    if (scanf("%d", &size) != 1 || size < 1 || size > 26) { printf("bad board\n"); return 0; }
    static const int dr[] = {1, 2, 2, 1, -1, -2, -2, -1}, dc[] = {2, 1, -1, -2, -2, -1, 1, 2};
    int dist[26][26], q[676];
    while (scanf("%7s %7s", from, to) == 2) {
        int fc = from[0] - 'a', tc = to[0] - 'a', fr, tr;
        if (sscanf(from + 1, "%d", &fr) != 1 || sscanf(to + 1, "%d", &tr) != 1) { printf("bad squares\n"); continue; }
        fr--, tr--;
        if (fc < 0 || fc >= size || tc < 0 || tc >= size || fr < 0 || fr >= size || tr < 0 || tr >= size) {
            printf("%s %s: off board\n", from, to);
            continue;
        }
        memset(dist, -1, sizeof dist);
        int head = 0, tail = 0, far = 0;
        dist[fr][fc] = 0;
        q[tail++] = fr * size + fc;
        while (head < tail) {
            int r = q[head] / size, c = q[head] % size;
            head++;
            for (int d = 0; d < 8; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nc < 0 || nr >= size || nc >= size || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[r][c] + 1;
                if (dist[nr][nc] > far) far = dist[nr][nc];
                q[tail++] = nr * size + nc;
            }
        }
        printf("%s %s: moves=%d reachable=%d farthest=%d\n", from, to, dist[tr][tc], tail, far);
    }
    return 0;
}
